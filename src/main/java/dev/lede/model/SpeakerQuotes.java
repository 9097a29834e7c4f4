package dev.lede.model;

import java.util.List;

/**
 * A speaker's quotes across the corpus, as the quote navigator walks them.
 *
 * @param cursor  the navigator's cursor
 * @param current the quote the reader shows, or -1 before the first is chosen
 */
public record SpeakerQuotes(Speakers.Speaker speaker, int cursor, int current) {

    SpeakerQuotes(Speakers.Speaker speaker) {
        this(speaker, 0, -1);
    }

    public List<Speakers.QuoteRef> quotes() {
        return speaker.quotes();
    }

    public int size() {
        return speaker.quotes().size();
    }

    SpeakerQuotes movedBy(int delta) {
        return new SpeakerQuotes(speaker, (int) Math.max(0, Math.min((long) cursor + delta, size() - 1L)), current);
    }

    SpeakerQuotes at(int index) {
        return new SpeakerQuotes(speaker, index, index);
    }
}
