package dev.lede.tui;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds themes by name: a user's own ({@code $XDG_CONFIG_HOME/lede/themes/NAME.json}) first, then the
 * checkout's {@code themes/} (the launcher passes {@code -Dlede.home}), then the copies inside the jar, so
 * themes work wherever the jar runs. A theme that is missing or malformed gives a one-line warning and
 * the default theme, never a failure.
 */
public final class Themes {

    public static final String DEFAULT = "default";
    public static final String MONO = "mono";
    private static final List<String> BUNDLED = List.of(DEFAULT, "light", "high-contrast", MONO);

    /** A theme ready to use, and why it is not the one asked for (null when it is). */
    public record Loaded(Theme theme, String warning) {
    }

    private final List<Path> folders;

    /** @param folders searched in order, before the bundled themes */
    public Themes(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    public static Themes forEnvironment(Map<String, String> env) {
        List<Path> folders = new ArrayList<>();
        folders.add(Settings.configDirectory(env).resolve("themes"));
        String home = System.getProperty("lede.home");
        if (home != null && !home.isBlank()) folders.add(Path.of(home, "themes"));
        return new Themes(folders);
    }

    /** Every theme name on offer: the bundled ones first, then the others found, alphabetically. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>(BUNDLED);
        Set<String> found = new TreeSet<>();
        for (Path folder : folders) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path f : files) found.add(f.getFileName().toString().replaceFirst("\\.json$", ""));
            } catch (IOException | RuntimeException unreadable) {
                // A missing or unreadable folder just offers nothing.
            }
        }
        names.addAll(found);
        return List.copyOf(names);
    }

    public Loaded load(String name) {
        try {
            for (Path folder : folders) {
                Path file = folder.resolve(name + ".json");
                if (Files.isRegularFile(file)) return parse(file.getFileName().toString(), Files.newInputStream(file), name);
            }
            InputStream bundled = Themes.class.getResourceAsStream("/themes/" + name + ".json");
            if (bundled != null) return parse("bundled " + name + ".json", bundled, name);
            return fallBack("no theme called \"" + name + "\"");
        } catch (IOException e) {
            return fallBack("theme \"" + name + "\" cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return fallBack(e.getMessage());
        }
    }

    private Loaded parse(String where, InputStream in, String name) throws IOException {
        try (in) {
            Theme theme = ThemeReader.read(in);
            return new Loaded(new Theme(name, theme.styles()), null);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("theme " + JsonProblem.describe(where, e));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("theme " + where + " is malformed: " + e.getMessage());
        }
    }

    private Loaded fallBack(String reason) {
        return new Loaded(bundledDefault(), reason + "; using the default theme");
    }

    /** The jar's default theme, which a user's broken default.json cannot hide. */
    private static Theme bundledDefault() {
        try (InputStream in = Themes.class.getResourceAsStream("/themes/" + DEFAULT + ".json")) {
            if (in != null) return new Theme(DEFAULT, ThemeReader.read(in).styles());
        } catch (IOException | RuntimeException e) {
            // Only a broken build gets here; the terminal's own colours still work.
        }
        return new Theme(DEFAULT, Map.of());
    }
}
