package dev.lede.tui;

import dev.lede.export.QuoteList;
import dev.lede.model.Effect;
import dev.lede.model.Library;
import dev.lede.model.Message;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Carries out {@link Effect.ExportQuotes} for the app: an existing file is replaced only when the user has
 * said yes; how it went comes back as a message.
 */
public final class ExportFile {

    public static final String DEFAULT_FILE = "quotes.md";

    private ExportFile() {
    }

    /**
     * The name the prompt offers: {@code quotes.md} here, unless here is a folder the articles are read from,
     * which Lede never writes into unasked; then the same name in the home folder.
     */
    public static String defaultFile(Library library, Path here, Path home) {
        Path cwd = here.toAbsolutePath().normalize();
        for (int i = 0; i < library.size(); i++) {
            Path parent = library.summary(i).source().toAbsolutePath().normalize().getParent();
            if (cwd.equals(parent)) return home.resolve(DEFAULT_FILE).toString();
        }
        return DEFAULT_FILE;
    }

    public static Message write(Effect.ExportQuotes export) {
        String name = export.file();
        Path target;
        try {
            target = Path.of(name);
        } catch (InvalidPathException e) {
            return new Message.Notice("not exported: " + e.getMessage());
        }
        if (Files.isDirectory(target)) return new Message.Notice("not exported: " + name + " is a folder");
        if (Files.exists(target) && !export.replace()) return new Message.FileExists(export);
        if (export.rows().isEmpty()) return new Message.Notice("no quotes to export");
        Path folder = target.toAbsolutePath().getParent();
        try {
            QuoteList.write(target, export.heading(), export.rows());
            int n = export.rows().size();
            return new Message.Notice("exported " + n + (n == 1 ? " quote" : " quotes") + " to " + target.toAbsolutePath().normalize());
        } catch (NoSuchFileException e) {
            return new Message.Notice("export failed: no folder " + folder);
        } catch (AccessDeniedException e) {
            return new Message.Notice("export failed: not allowed to write in " + folder);
        } catch (IOException | RuntimeException e) {
            return new Message.Notice("export failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
