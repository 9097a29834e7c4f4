package dev.lede.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** How the corpus index names a file, a state of it, and an article read from that state. */
final class FileState {

    private FileState() {
    }

    /** The file's absolute path, as the index's {@code file} field holds it. */
    static String absolute(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    /** "path size mtime" of the file now (read again at each call); "path missing" when it cannot be read. */
    static String identity(Path source) {
        Path path = source.toAbsolutePath().normalize();
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            // Not `+`: a warm first frame asks this once, and `+` would spin its method handles first (FirstRows.commit).
            return new StringBuilder(path.toString()).append(' ').append(a.size()).append(' ')
                    .append(a.lastModifiedTime().toMillis()).toString();
        } catch (IOException gone) {
            return path + " missing";
        }
    }

    /**
     * The file state's identity and the record's number in it ("#12"), not the id, which names the file as the user
     * did ("big.jsonl#12" or "/data/big.jsonl#12") and so differs between runs that reach the same file differently.
     */
    static String articleKey(String fileId, String id) {
        return fileId + "\u0000" + record(id);
    }

    /** The record in an article id ("#12" of "big.jsonl#12"), or "" for an article alone in its file. */
    static String record(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0 || hash == id.length() - 1) return "";
        for (int i = hash + 1; i < id.length(); i++) if (!Character.isDigit(id.charAt(i))) return "";
        return id.substring(hash);
    }
}
