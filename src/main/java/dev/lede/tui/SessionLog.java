package dev.lede.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Where stack traces go instead of the screen: appended to the session's log file. */
final class SessionLog {

    private SessionLog() {
    }

    /** Logs the failure; never throws, since it runs while something has already gone wrong. */
    static synchronized void write(Path file, String what, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Instant.now() + " " + what + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException unwritable) {
            // Nowhere to log to: the status bar line is all the user gets.
        }
    }
}
