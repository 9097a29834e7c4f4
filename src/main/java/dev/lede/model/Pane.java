package dev.lede.model;

/** The four panes of the explorer, in Tab order (their numbers are the 1–4 keys). */
public enum Pane {
    DOCUMENTS("Documents"), READER("Reader"), ENTITIES("Entities"), QUOTES("Quotes");

    private final String title;

    Pane(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** 1-based, as the number keys name it. */
    public int number() {
        return ordinal() + 1;
    }

    public Pane next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public Pane previous() {
        return values()[(ordinal() + values().length - 1) % values().length];
    }
}
