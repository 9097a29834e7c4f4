package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-built articles and annotations, so model and UI tests do not depend on the annotator's quality. */
public final class Articles {

    private final List<Document> documents = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    /** Adds an article; entities are "TYPE:Name|alias|alias", found wherever their forms occur in the text. */
    public Articles add(String title, String body, List<String> entities, List<String> speakers) {
        String text = title + "\n\n" + body;
        documents.add(new Document("doc" + documents.size() + ".txt", Path.of("articles", "doc" + documents.size() + ".txt"), title, text, null, null));
        List<Entity> found = new ArrayList<>();
        for (String spec : entities) {
            String[] typeAndForms = spec.split(":", 2);
            String[] forms = typeAndForms[1].split("\\|");
            List<Mention> mentions = new ArrayList<>();
            for (String form : forms) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                    int start = at;
                    if (mentions.stream().noneMatch(m -> start >= m.start() && start < m.end())) {
                        mentions.add(new Mention(at, at + form.length(), form));
                    }
                }
            }
            mentions.sort((a, b) -> a.start() - b.start());
            found.add(new Entity("e" + (found.size() + 1), forms[0], EntityType.valueOf(typeAndForms[0]),
                    List.of(forms).subList(1, forms.length), mentions));
        }
        annotations.add(new Annotation(found, quotes(text, speakers, found)));
        return this;
    }

    /** Gives the article added last a date, a publisher, an author and a URL (any may be null). */
    public Articles from(String date, String source, String author, String url) {
        int last = documents.size() - 1;
        documents.set(last, documents.get(last).withOrigin(new Origin(date, source, author, url)));
        return this;
    }

    public Articles failed(String id, String reason) {
        documents.add(Document.failed(id, Path.of(id), reason));
        annotations.add(Annotation.EMPTY);
        return this;
    }

    /** Each "…" in the text is a quote; speakers are given in order (null: unknown). */
    private static List<Quote> quotes(String text, List<String> speakers, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        int open = text.indexOf('"');
        while (open >= 0) {
            int close = text.indexOf('"', open + 1);
            if (close < 0) break;
            String speaker = quotes.size() < speakers.size() ? speakers.get(quotes.size()) : null;
            String id = entities.stream().filter(e -> e.name().equals(speaker)).map(Entity::id).findFirst().orElse(null);
            quotes.add(new Quote(open + 1, close, text.substring(open + 1, close), speaker, id));
            open = text.indexOf('"', close + 1);
        }
        return quotes;
    }

    public List<Document> documents() {
        return documents;
    }

    public Library library() {
        return Library.annotated(documents, annotations);
    }

    /** Three articles: two about Jazayeri (two quotes and one quote), one about Blair with none. */
    public static Articles sample() {
        return new Articles()
                .add("Iranian general denies withdrawal",
                        "Brig. Gen. Masoud Jazayeri said \"it is not going to happen\" in Tehran. "
                                + "Jazayeri told Tasnim that \"Iran and Syria enjoy deep ties\".",
                        List.of("PERSON:Masoud Jazayeri|Jazayeri", "ORGANIZATION:Tasnim", "LOCATION:Tehran", "LOCATION:Syria"),
                        List.of("Masoud Jazayeri", "Masoud Jazayeri"))
                .add("Blair visits Paris", "Tony Blair met officials in Paris on Monday.",
                        List.of("PERSON:Tony Blair|Blair", "LOCATION:Paris"), List.of())
                .add("Syria talks", "Jazayeri said \"we are waiting\" about Syria.",
                        List.of("PERSON:Jazayeri", "LOCATION:Syria"), List.of("Jazayeri"));
    }
}
