package dev.lede.corpus;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Saved RSS and Atom feeds (Rome reads every dialect): each item or entry is an article, its content (else its
 * description) read as HTML, with its link, date and author, and the feed's title as the source.
 */
final class FeedArticles {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private FeedArticles() {
    }

    static void read(Path source, byte[] xml, Numbered out) throws IOException, NotAnArticle {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a file someone else wrote
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new NotAnArticle("not an RSS or Atom feed: " + CorpusLoader.oneLine(e.getCause() != null ? e.getCause() : e));
        }
        String publisher = feed.getTitle();
        for (SyndEntry entry : feed.getEntries()) {
            out.add(id -> toDocument(id, source, entry, publisher));
        }
        if (out.count() == 0) throw new NotAnArticle("feed holds no items");
    }

    private static Document toDocument(String id, Path source, SyndEntry entry, String publisher) throws NotAnArticle {
        List<String> paragraphs = new ArrayList<>();
        List<SyndContent> contents = new ArrayList<>(entry.getContents());
        if (contents.isEmpty() && entry.getDescription() != null) contents.add(entry.getDescription());
        for (SyndContent content : contents) {
            String value = content.getValue() == null ? "" : content.getValue();
            String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
            if (type.contains("html")) {
                paragraphs.addAll(HtmlArticle.fragmentParagraphs(value));
            } else {
                value.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(paragraphs::add);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new NotAnArticle("feed item has no content or description");
        }
        Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Origin origin = new Origin(when == null ? null : ISO.format(when.toInstant().atOffset(ZoneOffset.UTC)),
                publisher, FieldValues.byline(author(entry)), entry.getLink());
        return PlainText.titled(id, source, entry.getTitle(), String.join("\n\n", paragraphs), null, origin);
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) return entry.getAuthor();
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) names.add(person.getName().strip());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
