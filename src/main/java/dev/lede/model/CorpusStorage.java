package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;

/**
 * Where a library's documents and annotations live: in the heap ({@link HeapStorage}, for tests and
 * {@code --no-cache}) or on disk (the embedded Lucene index of {@code dev.lede.cache.DiskCorpus}, the default),
 * where a second start finds the annotations of every file that has not changed. Thread-safe.
 */
public interface CorpusStorage extends AutoCloseable {

    int size();

    /** The document, its text included (which storage on disk reads when asked, not before). */
    Document document(int index);

    /** The document as far as a list needs it: its text may be left out (""), so never show or annotate it. */
    default Document summary(int index) {
        return document(index);
    }

    /** The annotation stored for the document by the current annotator, or null when it has none yet. */
    Annotation stored(int index);

    /** Keeps a document's annotation (on disk: durable within seconds, so a killed run resumes after it). */
    void store(int index, Annotation annotation);

    /** Full-text search over every document's title and text; may take a while on a large corpus. */
    TextSearch search();

    @Override
    void close();
}
