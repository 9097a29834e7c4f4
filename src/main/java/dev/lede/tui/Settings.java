package dev.lede.tui;

import dev.lede.model.Keymap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one explorer session is started with. Each session has its own (an SSH server gives every
 * connection the client's environment), so nothing here is read from the JVM's globals.
 *
 * @param theme    the theme asked for ({@code --theme}); NO_COLOR and TERM=dumb override it with mono
 * @param env      the session's environment: NO_COLOR, TERM, COLORTERM, HOME, XDG_CONFIG_HOME, XDG_STATE_HOME
 * @param keys     key bindings
 * @param warnings one-line problems found while loading settings, shown in the status bar
 */
public record Settings(String theme, Map<String, String> env, Keymap keys, List<String> warnings) {

    public Settings {
        env = Map.copyOf(env);
        warnings = List.copyOf(warnings);
    }

    /** Settings for an environment: keys from {@code $XDG_CONFIG_HOME/lede/keys.json} when it exists. */
    public static Settings load(String theme, Map<String, String> env) {
        KeyBindings.Loaded keys = KeyBindings.load(configDirectory(env).resolve("keys.json"));
        List<String> warnings = new ArrayList<>();
        if (keys.warning() != null) warnings.add(keys.warning());
        return new Settings(theme == null ? Themes.DEFAULT : theme, env, keys.keys(), warnings);
    }

    /** {@code $XDG_CONFIG_HOME/lede}, or {@code ~/.config/lede}. */
    public static Path configDirectory(Map<String, String> env) {
        return xdg(env, "XDG_CONFIG_HOME", ".config");
    }

    /** The session's home folder: $HOME as its environment has it (not the password database's), else the JVM's. */
    public Path home() {
        return homeOf(env);
    }

    /** {@code $XDG_STATE_HOME/lede}, or {@code ~/.local/state/lede}: what Lede keeps between runs. */
    public static Path stateDirectory(Map<String, String> env) {
        return xdg(env, "XDG_STATE_HOME", ".local/state");
    }

    /** Where a session logs what went wrong: {@code $XDG_STATE_HOME/lede/lede.log}, or under {@code ~/.local/state}. */
    public Path logFile() {
        return stateDirectory(env).resolve("lede.log");
    }

    private static Path xdg(Map<String, String> env, String variable, String underHome) {
        String dir = env.get(variable);
        if (dir != null && !dir.isBlank()) return Path.of(dir, "lede");
        return homeOf(env).resolve(underHome).resolve("lede");
    }

    private static Path homeOf(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
    }
}
