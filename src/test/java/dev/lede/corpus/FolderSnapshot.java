package dev.lede.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything about a folder a program could change by writing into it: each file's and folder's path
 * (hidden ones too), type, size, modification time, permissions and content hash. A folder's time changes
 * when anything is created or deleted in it, so even a temporary file that came and went shows.
 */
public final class FolderSnapshot {

    private FolderSnapshot() {
    }

    public static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String kind = a.isSymbolicLink() ? "link " + Files.readSymbolicLink(p) : a.isDirectory() ? "folder" : "file";
                String content = a.isRegularFile() && a.size() < 1_000_000 ? " " + sha256(Files.readAllBytes(p)) : "";
                entries.put(folder.relativize(p).toString(), kind + " " + a.size() + " " + a.lastModifiedTime().toMillis()
                        + " " + PosixFilePermissions.toString(a.permissions()) + content);
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
