package dev.lede.ssh;

import dev.lede.model.BrowseMode.Act;
import dev.lede.model.Keymap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One explorer in a tmux session of {@link EveryHelpKeyIT}: keys by Lede's names or by action, and what the screen shows. */
record TmuxSession(Tmux tmux, Keymap keys, String name, String exited) {

    /** The position of the open article in the status bar: "12/31". */
    private static final Pattern POSITION = Pattern.compile("(?m)^ (\\d+)/(\\d+)( |$)");

    static final String EXITED = "lede exited with ";

    void press(String key) throws Exception {
        tmux(tmuxName(key));
    }

    /** Presses {@code key} and waits for {@code text} on the screen. */
    void pressAndSee(String key, String text) throws Exception {
        press(key);
        await(text);
    }

    /** Presses {@code key}, then the key that opens the document, filters or goes to the quote under the cursor. */
    void pressThenOpen(String key) throws Exception {
        press(key);
        act(Act.OPEN);
    }

    void act(Act action) throws Exception {
        press(keys.key(action));
    }

    void tmux(String... names) throws Exception {
        tmux.keys(name, names);
    }

    String await(String text) throws Exception {
        return await(screen -> screen.contains(text), "\"" + text + "\"");
    }

    String await(java.util.function.Predicate<String> test, String what) throws Exception {
        return tmux.await(name, test, what);
    }

    void awaitGone(String text) throws Exception {
        await(screen -> !screen.contains(text), "no \"" + text + "\"");
    }

    void awaitPosition(int position) throws Exception {
        awaitPosition(p -> p == position, "article " + position);
    }

    void awaitPosition(java.util.function.IntPredicate test, String what) throws Exception {
        await(screen -> {
            Matcher m = POSITION.matcher(screen);
            return m.find() && test.test(Integer.parseInt(m.group(1)));
        }, what + " open in the status bar");
    }

    void awaitExit() throws Exception {
        await(exited + "0");
    }

    void close() throws Exception {
        tmux.kill(name);
    }

    /** Lede's key names (keys.json, the help) as tmux names them. */
    private static String tmuxName(String key) {
        return switch (key) {
            case "Esc" -> "Escape";
            case "Shift-Tab" -> "BTab";
            case "PgUp" -> "PPage";
            case "PgDn" -> "NPage";
            case "Backspace" -> "BSpace";
            case "Insert" -> "IC";
            case "Delete" -> "DC";
            default -> key.startsWith("Ctrl-") ? "C-" + key.substring(5) : key.startsWith("Alt-") ? "M-" + key.substring(4) : key;
        };
    }
}
