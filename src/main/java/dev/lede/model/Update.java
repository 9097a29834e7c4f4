package dev.lede.model;

import java.util.ArrayList;
import java.util.List;

/** The explorer's one way to change: {@code update(state, message) → (state, effects)}, with no I/O. */
public final class Update {

    private Update() {
    }

    /**
     * A new session on the first document.
     *
     * @param theme the theme to start with (added to the setup's themes when it is not among them)
     */
    public static Step start(Setup setup, String theme) {
        List<String> names = new ArrayList<>(setup.themes());
        if (!names.contains(theme)) names.add(0, theme);
        Setup withTheme = new Setup(setup.library(), setup.keys(), names, setup.colours(), setup.writesFiles(), setup.exportFile());
        return new Draft(withTheme, names.indexOf(theme)).freeze();
    }

    public static Step update(State state, Message message) {
        Draft draft = new Draft(state);
        message.applyTo(draft);
        return draft.freeze();
    }
}
