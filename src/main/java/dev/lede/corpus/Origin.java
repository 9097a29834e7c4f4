package dev.lede.corpus;

/**
 * Who, where and when of an article, as far as its file says: each part may be null.
 *
 * @param date   when it was published, ISO 8601 ({@code 2016-11-08} or {@code 2016-11-08T14:30:00Z})
 * @param source the publisher or site ("BBC News")
 * @param author who wrote it, several joined with ", "
 * @param url    where it was published
 */
public record Origin(String date, String source, String author, String url) {

    public static final Origin NONE = new Origin(null, null, null, null);

    public Origin {
        date = clean(date);
        source = clean(source);
        author = clean(author);
        url = clean(url);
    }

    /** This origin with each missing part taken from {@code fallback}. */
    public Origin orElse(Origin fallback) {
        return new Origin(date != null ? date : fallback.date, source != null ? source : fallback.source,
                author != null ? author : fallback.author, url != null ? url : fallback.url);
    }

    /** Blank is absent; a field is one line however the file wrapped it. */
    private static String clean(String value) {
        if (value == null) return null;
        String line = isOneLine(value) ? value.strip() : value.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** Most values have no line breaks, tabs or double spaces; they skip the regular expression. */
    private static boolean isOneLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || c == ' ' && i > 0 && value.charAt(i - 1) == ' ') return false;
        }
        return true;
    }
}
