package dev.lede.corpus;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Hands out the articles of one file as they are read, numbered {@code file.csv#1}, {@code file.csv#2}, …; a file
 * that turns out to hold one article keeps the file's own id, so the first is held back until the second arrives.
 */
final class Numbered {

    /** One record, made into a document once its id is known; a record that is no article throws. */
    interface Article {
        Document make(String id) throws NotAnArticle;
    }

    private final String fileId;
    private final Path source;
    private final Consumer<Document> each;
    private int count;
    private Article held;

    Numbered(String fileId, Path source, Consumer<Document> each) {
        this.fileId = fileId;
        this.source = source;
        this.each = each;
    }

    void add(Article article) {
        count++;
        if (count == 1) {
            held = article;
            return;
        }
        if (held != null) {
            each.accept(make(held, fileId + "#1"));
            held = null;
        }
        each.accept(make(article, fileId + "#" + count));
    }

    /** A record that failed, or the point where the rest of the file could not be read. */
    void fail(String reason) {
        add(id -> {
            throw new NotAnArticle(reason);
        });
    }

    String fileId() {
        return fileId;
    }

    int count() {
        return count;
    }

    /** Hands out a lone article under the file's id. */
    void finish() {
        if (held != null) {
            each.accept(make(held, fileId));
            held = null;
        }
    }

    /** Whatever goes wrong in one record costs that record only. */
    private Document make(Article article, String id) {
        try {
            return article.make(id);
        } catch (NotAnArticle e) {
            return Document.failed(id, source, e.getMessage());
        } catch (RuntimeException e) {
            return Document.failed(id, source, "cannot read: " + CorpusLoader.oneLine(e));
        } catch (StackOverflowError e) {
            return Document.failed(id, source, "cannot read: nested too deeply");
        }
    }
}
