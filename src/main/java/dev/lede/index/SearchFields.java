package dev.lede.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields an article is searched by: its title and text as words (with positions, for phrases of three words or
 * more and for highlighting) and as pairs of neighbouring words ("prime minister" is one term), so that a two-word
 * phrase is one term lookup and reads no positions from disk.
 */
public final class SearchFields {

    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final String PAIRS = ".pairs";
    static final String TITLE_PAIRS = TITLE + PAIRS;
    static final String TEXT_PAIRS = TEXT + PAIRS;
    /** What joins the two words of a pair term. */
    static final String PAIR_SEPARATOR = " ";

    /**
     * Pairs are looked up, never ranked by position: documents and frequencies are enough. Without norms (length
     * normalisation) too: writing a segment reads a field's norms again for each of its terms, and pairs are so many
     * distinct terms that this made a first index of bbc four times slower (2.4 s to 10.6 s).
     */
    private static final FieldType PAIR_TYPE = pairType();

    /** The field an index on disk keeps the text in (stored there, so an article's text is read back from it). */
    public static final String TEXT_FIELD = TEXT;

    private SearchFields() {
    }

    /** Adds the title and text, each as words and as word pairs; the text is stored when {@code storeText}. */
    public static void addTo(Document entry, String title, String text, boolean storeText) {
        entry.add(new TextField(TITLE, title, Field.Store.NO));
        entry.add(new TextField(TEXT, text, storeText ? Field.Store.YES : Field.Store.NO));
        entry.add(new Field(TITLE_PAIRS, title, PAIR_TYPE));
        entry.add(new Field(TEXT_PAIRS, text, PAIR_TYPE));
    }

    /** The analyser these fields must be written with: words for the word fields, word pairs for the pair fields. */
    public static Analyzer analyzer() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Analyzer words = words();
            private final Analyzer pairs = new ShingleAnalyzerWrapper(words(), 2, 2, PAIR_SEPARATOR, false, false, "_");

            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.endsWith(PAIRS) ? pairs : words;
            }
        };
    }

    /** The same analyser, made when a text is first analysed (opening an index for writing analyses none). */
    public static Analyzer analyzerWhenUsed() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private Analyzer made;

            @Override
            protected synchronized Analyzer getWrappedAnalyzer(String fieldName) {
                if (made == null) made = analyzer();
                return made;
            }
        };
    }

    /** How a query's and a text's words are cut and lower-cased. */
    static Analyzer words() {
        return new StandardAnalyzer();
    }

    private static FieldType pairType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
