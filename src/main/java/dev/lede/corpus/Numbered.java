package dev.lede.corpus;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Hands out the articles of one file as they are read, numbered {@code file.csv#1}, {@code file.csv#2}, …; a file
 * that turns out to hold one article keeps the file's own id. The latest record is held back until the next one
 * arrives: that is how a lone one keeps the plain id, and how a file cut short blames its cut record once.
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
        if (held != null) {
            each.accept(make(held, fileId + "#" + count));
        }
        count++;
        held = article;
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

    /**
     * The file ended before its end (a cut gzip): its last record, if it does not read, is the cut one and fails
     * with this reason alone; otherwise the reason follows it.
     */
    void endedEarly(String reason) {
        if (held != null && make(held, fileId).isFailed()) {
            held = id -> {
                throw new NotAnArticle(reason);
            };
        } else {
            fail(reason);
        }
    }

    /** Hands out the last article, under the file's id when it is the only one. */
    void finish() {
        if (held != null) {
            each.accept(make(held, count == 1 ? fileId : fileId + "#" + count));
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
