package dev.lede.model;

/**
 * A one-line question in the status bar while the user types.
 *
 * @param choice which of the suggestions (for {@link Kind#ENTITY}) Enter takes
 */
public record Prompt(Kind kind, String text, int choice) {

    public enum Kind {
        /** Type-ahead filter on document titles. */
        TITLE("titles: "),
        /** Search in the open document's text. */
        SEARCH("/"),
        /** Filter by an entity, with type-ahead over the names the corpus knows. */
        ENTITY("filter by entity: ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    Prompt withText(String newText) {
        return new Prompt(kind, newText, 0);
    }

    Prompt withChoice(int newChoice) {
        return new Prompt(kind, text, newChoice);
    }
}
