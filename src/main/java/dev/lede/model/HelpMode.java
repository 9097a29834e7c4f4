package dev.lede.model;

import java.util.List;

/** {@code ?}: the keys of the mode under it, as currently bound; any key closes it. */
public record HelpMode(Mode under) implements Mode {

    @Override
    public void key(Draft d, String name) {
        d.mode = under;
    }

    /** The help lists what the keys do in the mode it was opened from. */
    @Override
    public List<? extends Action> actions() {
        return under.actions();
    }
}
