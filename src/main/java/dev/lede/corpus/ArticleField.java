package dev.lede.corpus;

import java.util.List;
import java.util.Locale;

/**
 * The parts of an article a record (a JSON object, a CSV row) can hold, each with the column or field names dumps
 * commonly use for it, most specific first. Names match whatever their case and punctuation: {@code publishedAt},
 * {@code published_at} and {@code Published At} are one name.
 */
public enum ArticleField {
    TITLE("title", "headline", "heading", "subject"),
    TEXT("text", "body", "content", "article", "article_text", "body_text", "full_text", "main_text", "story",
            "articleBody", "description", "summary"),
    DATE("date", "published", "publishedAt", "published_date", "publish_date", "publication_date", "pubDate",
            "datePublished", "date_time", "timestamp", "created_at", "time"),
    URL("url", "link", "canonical", "permalink", "uri", "href", "article_url"),
    SOURCE("source", "site", "publisher", "site_name", "source_name", "outlet", "publication", "newspaper", "domain"),
    AUTHOR("author", "authors", "byline", "creator", "writer", "by");

    private final List<String> names;
    private final List<String> keys;

    ArticleField(String... names) {
        this.names = List.of(names);
        this.keys = this.names.stream().map(ArticleField::key).toList();
    }

    /** The names recognised, as the README lists them. */
    public List<String> names() {
        return names;
    }

    /** The option's word for this field: title, text, date, url, source, author. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The position of a name's {@link #key} in the list, lower is more specific; -1 when it is not one of them. */
    int rank(String key) {
        return keys.indexOf(key);
    }

    /** A name without case, spaces or punctuation; a loop, since it runs for every field of every record. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }
}
