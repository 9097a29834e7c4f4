package dev.lede.model;

import java.util.List;

/** The export's file exists: replace it? Only {@code y} replaces; any other key keeps the file. */
public record ConfirmMode(Effect.ExportQuotes pending) implements Mode {

    /** The answers; a key bound to neither keeps the file too. */
    public enum Act implements Action {
        REPLACE("replace the file", "y", "Y"),
        KEEP("keep the file", "n", "N", "Esc", "Enter");

        private final Binding binding;

        Act(String description, String... keys) {
            this.binding = Binding.of(null, description, keys);
        }

        @Override
        public Binding binding() {
            return binding;
        }
    }

    /** The question, with the keys that answer it. */
    public String question(Keymap keys) {
        return pending.file() + " exists; replace it? (" + keys.key(Act.REPLACE) + "/" + keys.key(Act.KEEP) + ") ";
    }

    @Override
    public void key(Draft d, String name) {
        Act answer = d.keys().action(Act.class, name).orElse(Act.KEEP);
        d.mode = new BrowseMode();
        Runnable action = switch (answer) {
            case REPLACE -> () -> d.effects.add(pending.replacing());
            case KEEP -> () -> d.say("not exported: " + pending.file() + " is left as it was");
        };
        action.run();
    }

    @Override
    public List<Act> actions() {
        return List.of(Act.values());
    }
}
