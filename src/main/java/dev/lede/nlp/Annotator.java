package dev.lede.nlp;

/**
 * Finds entities and quotes in a document text. Implementations are thread-safe, so one instance
 * serves every document and every session.
 */
public interface Annotator {

    Annotation annotate(String text);

    /** Changes whenever the output for the same text may change; cached annotations carry it. */
    String version();
}
