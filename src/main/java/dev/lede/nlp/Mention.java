package dev.lede.nlp;

/** One place in a document's text where an entity is named: {@code text} equals {@code documentText.substring(start, end)}. */
public record Mention(int start, int end, String text) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
