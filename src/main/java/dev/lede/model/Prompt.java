package dev.lede.model;

/**
 * A one-line question in the status bar while the user types.
 *
 * @param choice which of the suggestions (for {@link Kind#ENTITY}) Enter takes
 */
public record Prompt(Kind kind, String text, int choice) {

    public enum Kind {
        /** Ranked search over every article's title and text. */
        CORPUS("search all articles: "),
        /** Search in the open document's text. */
        SEARCH("/"),
        /** Filter by an entity, with type-ahead over the names the corpus knows. */
        ENTITY("filter by entity: "),
        /** The file to export the quote list to. */
        EXPORT("export quotes to: "),
        /** Replace an existing file? The text is the file's name; y answers yes, anything else no. */
        CONFIRM("") {
            @Override
            public String line(String text) {
                return text + " exists; replace it? (y/n) ";
            }
        };

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** What the prompt line shows for the text typed so far. */
        public String line(String text) {
            return label + text;
        }
    }

    Prompt withText(String newText) {
        return new Prompt(kind, newText, 0);
    }

    Prompt withChoice(int newChoice) {
        return new Prompt(kind, text, newChoice);
    }
}
