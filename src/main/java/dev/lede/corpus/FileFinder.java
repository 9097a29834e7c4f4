package dev.lede.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Expands the paths a user names into the files to read, in a stable order. */
public final class FileFinder {

    /**
     * One file to read, with {@code failure} set when it could not even be listed. Folders yield only files of a
     * supported type; a file the user names ({@code named}) is passed on whatever its type, so an unknown one gets a
     * message.
     */
    public record Found(Path path, String id, String failure, boolean named) {
    }

    private FileFinder() {
    }

    public static List<Found> find(List<Path> paths) {
        List<Found> found = new ArrayList<>();
        for (Path path : paths) {
            String id = slashes(path);
            if (Files.isDirectory(path)) {
                walk(path, found);
            } else if (Files.isRegularFile(path)) {
                found.add(new Found(path, id, null, true));
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new Found(path, id, Files.exists(path) ? "cannot read: not a regular file"
                        : "cannot read: broken symbolic link", true));
            } else {
                found.add(new Found(path, id, "cannot read: no such file or folder", true));
            }
        }
        return found;
    }

    private static void walk(Path root, List<Found> found) {
        List<Path> files = new ArrayList<>();
        Map<Path, String> unreadable = new HashMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && !isFolderNote(file) && Format.of(file) != null) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A symlink loop (FileSystemLoopException) is skipped: its files are reached the other way.
                            // A file that vanished after listing is simply gone.
                            if (e instanceof AccessDeniedException && !isHidden(file)
                                    && (Files.isDirectory(file) || Format.of(file) != null)) {
                                unreadable.put(file, "cannot read: permission denied");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            return FileVisitResult.CONTINUE; // a folder that failed half-way keeps what was listed
                        }
                    });
        } catch (IOException e) {
            unreadable.put(root, "cannot read: " + e.getMessage());
        }
        files.addAll(unreadable.keySet());
        // Each file's relative name is split once; comparing Paths would split them again at every comparison.
        record Sortable(Path file, String[] names) {
        }
        List<Sortable> sortable = new ArrayList<>(files.size());
        for (Path file : files) {
            Path relative = root.relativize(file);
            String[] names = new String[relative.getNameCount()];
            for (int i = 0; i < names.length; i++) names[i] = relative.getName(i).toString();
            sortable.add(new Sortable(file, names));
        }
        // Folder by folder, names compared one level at a time, so "a/b.txt" sorts with its folder "a".
        sortable.sort((a, b) -> Arrays.compare(a.names(), b.names()));
        for (Sortable s : sortable) {
            String id = s.file().equals(root) ? slashes(root) : String.join("/", s.names());
            found.add(new Found(s.file(), id, unreadable.get(s.file()), false));
        }
    }

    /** A folder's README describes the corpus; it is not one of its articles (named explicitly, it loads). */
    private static boolean isFolderNote(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("readme.") || name.equals("readme");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
