package dev.lede.tui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.export.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The theme last chosen with {@code t} in a local explorer, kept in {@code $XDG_STATE_HOME/lede/state.json} and
 * used at the next start when {@code --theme} is not given. A session over SSH neither reads nor writes it.
 */
public final class RememberedTheme {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RememberedTheme() {
    }

    static Path file(Map<String, String> env) {
        return Settings.stateDirectory(env).resolve("state.json");
    }

    /** The theme remembered, or null when none is (no file yet, or one Lede cannot read: it is replaced at the next {@code t}). */
    public static String read(Map<String, String> env) {
        Path file = file(env);
        if (!Files.isRegularFile(file)) return null;
        try {
            JsonNode theme = JSON.readTree(file.toFile()).get("theme");
            return theme != null && theme.isTextual() && !theme.asText().isBlank() ? theme.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Remembers the theme, through a temporary file and a rename, so a crash leaves the old one whole. */
    static void write(Map<String, String> env, String theme) throws IOException {
        Path file = file(env);
        Files.createDirectories(file.getParent());
        ObjectNode state = JSON.createObjectNode().put("theme", theme);
        AtomicFile.write(file, out -> out.write(JSON.writeValueAsString(state) + "\n"));
    }
}
