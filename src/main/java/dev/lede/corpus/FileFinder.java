package dev.lede.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Gives the files one at a time, in a stable order (see {@link #walk}): holds one folder's entries at a time, not
     * the list of a million files.
     */
    public static void forEach(List<Path> paths, Consumer<Found> each) {
        for (Path path : paths) {
            String id = slashes(path);
            if (Files.isDirectory(path)) {
                List<Object> inside = new ArrayList<>();
                try {
                    inside.add(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
                } catch (IOException unreadable) {
                    // said by the walk
                }
                walk(path, path, inside, each);
            } else if (Files.isRegularFile(path)) {
                each.accept(new Found(path, id, null, true));
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                each.accept(new Found(path, id, Files.exists(path) ? "cannot read: not a regular file"
                        : "cannot read: broken symbolic link", true));
            } else {
                each.accept(new Found(path, id, "cannot read: no such file or folder", true));
            }
        }
    }

    /**
     * Folder by folder, each folder's entries sorted by name, so "a/b.txt" comes with its folder "a" and before
     * "a.txt". Links are followed; a folder that leads back to one it is inside is skipped (its files are reached the
     * other way), as is a hidden one.
     */
    private static void walk(Path root, Path folder, List<Object> inside, Consumer<Found> each) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
            listed.forEach(entries::add);
        } catch (AccessDeniedException e) {
            if (folder.equals(root) || !isHidden(folder)) each.accept(found(root, folder, "cannot read: permission denied"));
            return;
        } catch (IOException | RuntimeException e) {
            return; // a folder that failed half-way keeps what was listed
        }
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        for (Path entry : entries) {
            BasicFileAttributes attrs;
            try {
                attrs = attributes(entry);
            } catch (AccessDeniedException e) {
                if (!isHidden(entry) && (Files.isDirectory(entry) || Format.of(entry) != null)) {
                    each.accept(found(root, entry, "cannot read: permission denied"));
                }
                continue;
            } catch (IOException e) {
                continue; // a file that vanished after listing is simply gone
            }
            if (attrs.isDirectory()) {
                if (isHidden(entry) || attrs.fileKey() != null && inside.contains(attrs.fileKey())) continue;
                inside.add(attrs.fileKey());
                walk(root, entry, inside, each);
                inside.remove(inside.size() - 1);
            } else if (attrs.isRegularFile() && !isHidden(entry) && !isFolderNote(entry) && Format.of(entry) != null) {
                each.accept(found(root, entry, null));
            }
        }
    }

    /** The entry's attributes through any link; a broken link's own. */
    private static BasicFileAttributes attributes(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException broken) {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static Found found(Path root, Path file, String failure) {
        String id = file.equals(root) ? slashes(root) : slashes(root.relativize(file));
        return new Found(file, id, failure, false);
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
