package dev.lede.model;

import java.util.List;

/** A speaker's quotes across the corpus, as the quote navigator walks them: a cursor and the current quote. */
public final class SpeakerQuotes {

    private final Speakers.Speaker speaker;
    private int cursor;
    private int current = -1;

    SpeakerQuotes(Speakers.Speaker speaker) {
        this.speaker = speaker;
    }

    public Speakers.Speaker speaker() {
        return speaker;
    }

    public List<Speakers.QuoteRef> quotes() {
        return speaker.quotes();
    }

    public int size() {
        return speaker.quotes().size();
    }

    public int cursor() {
        return cursor;
    }

    /** Index of the quote the reader shows, or -1 before the first is chosen. */
    public int current() {
        return current;
    }

    void moveCursor(int delta) {
        cursor = (int) Math.max(0, Math.min((long) cursor + delta, size() - 1L));
    }

    Speakers.QuoteRef goTo(int index) {
        current = index;
        cursor = index;
        return speaker.quotes().get(index);
    }
}
