package dev.lede.index;

import dev.lede.corpus.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Ranked full-text search over every document's title and text (BM25; a title match counts double).
 * Queries take words (all must match), "phrases", -excluded words, a|b alternatives and prefix*.
 */
public final class TextSearch implements AutoCloseable {

    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String INDEX = "i";
    private static final int WARMING_TERMS_READ = 10_000;
    /** Extensions of the index files a search reads: terms and their index, postings, positions, norms. */
    private static final Set<String> SEARCHED_FILES = Set.of("tip", "tim", "tmd", "doc", "pos", "nvd", "nvm");

    /** Field names an index on disk must use for the same queries: {@code title} and {@code text}, analysed alike. */
    public static final String TITLE_FIELD = TITLE;
    public static final String TEXT_FIELD = TEXT;

    private final Analyzer analyzer = analyzer();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Corpus index of each Lucene document (-1: not one of the corpus), read once here rather than per hit. */
    private final int[] corpusIndex;

    private TextSearch(Directory directory, DirectoryReader reader, int[] corpusIndex) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.corpusIndex = corpusIndex;
    }

    /** The analyser an index must be written with for these queries to match it. */
    public static Analyzer analyzer() {
        return new StandardAnalyzer();
    }

    /** The same analyzer, made when a text is first analysed (opening an index for writing analyses none). */
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

    /** An index of the documents built in the heap. */
    public static TextSearch build(List<Document> documents) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()).setRAMBufferSizeMB(64))) {
                for (int i = 0; i < documents.size(); i++) {
                    Document d = documents.get(i);
                    if (d.isFailed()) continue;
                    org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
                    entry.add(new StoredField(INDEX, i));
                    entry.add(new TextField(TITLE, d.title(), Field.Store.NO));
                    entry.add(new TextField(TEXT, d.text(), Field.Store.NO));
                    writer.addDocument(entry);
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] corpusIndex = new int[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int d = 0; d < corpusIndex.length; d++) corpusIndex[d] = stored.document(d).getField(INDEX).numericValue().intValue();
            return new TextSearch(directory, reader, corpusIndex);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
    }

    /**
     * Search over an index kept elsewhere (on disk), whose documents have {@link #TITLE_FIELD} and {@link #TEXT_FIELD}
     * written with {@link #analyzer()}; {@code corpusIndex} maps each of its documents to the corpus (-1: none).
     * The reader is closed with this search.
     */
    public static TextSearch over(DirectoryReader reader, int[] corpusIndex) {
        return new TextSearch(null, reader, corpusIndex);
    }

    /**
     * Reads the files searches need into the kernel's cache (an index on disk), then searches once for the commonest of
     * the texts' first terms and drops the hits, as a search engine runs warming
     * queries on a new searcher: a user's first search then finds the code that scores and ranks hits compiled (at a
     * million articles the first took 110-280 ms, the next 20-50 ms).
     */
    public void warm() {
        if (!reader.tryIncRef()) return; // closed: the run is ending
        try {
            readSearchedFiles();
            searchTheCommonestTerm();
        } finally {
            release();
        }
    }

    private void searchTheCommonestTerm() {
        try {
            Terms terms = MultiTerms.getTerms(reader, TEXT);
            if (terms == null) return;
            TermsEnum each = terms.iterator();
            String commonest = null;
            int most = 0;
            for (int i = 0; i < WARMING_TERMS_READ && each.next() != null; i++) {
                if (each.docFreq() > most) {
                    most = each.docFreq();
                    commonest = each.term().utf8ToString();
                }
            }
            if (commonest != null) search(commonest, i -> true);
        } catch (IOException | RuntimeException notWarmed) {
            // a first search is slower, nothing else
        }
    }

    /**
     * Reads once, start to end, the files of an index on disk that searches read (terms, postings, positions, norms, also
     * inside small segments' compound files), so the kernel caches them: otherwise a user's first searches read them page by
     * page across some 23 segments. At a million articles, from an emptied page cache, that took 137-551 ms a query;
     * after this read 26-45 ms (BENCHMARKS.md, session 10). The stored texts are left out: they are
     * read an article at a time.
     */
    private void readSearchedFiles() {
        if (directory != null) return; // built in the heap
        byte[] chunk = new byte[1 << 16];
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!(leaf.reader() instanceof SegmentReader segment)) continue;
            SegmentInfo info = segment.getSegmentInfo().info;
            // A small segment is one compound file, mostly its stored texts: only the searched files inside it are read.
            try (Directory compound = info.getUseCompoundFile()
                    ? info.getCodec().compoundFormat().getCompoundReader(info.dir, info, IOContext.READONCE) : null) {
                Directory files = compound != null ? compound : info.dir;
                for (String file : compound != null ? List.of(compound.listAll()) : info.files()) {
                    if (!SEARCHED_FILES.contains(file.substring(file.lastIndexOf('.') + 1))) continue;
                    try (IndexInput in = files.openInput(file, IOContext.READONCE)) {
                        for (long left = in.length(); left > 0; left -= chunk.length) in.readBytes(chunk, 0, (int) Math.min(left, chunk.length));
                    }
                }
            } catch (IOException | RuntimeException notRead) {
                // merged away meanwhile: a first search reads what it needs
            }
        }
    }

    /** Indices of the matching documents, best first, keeping only those {@code allowed} accepts. */
    public List<Integer> search(String query, IntPredicate allowed) {
        Query parsed = parse(query);
        // Held open while searching: a close meanwhile (a quit) would unmap the files under the search and crash the JVM.
        if (parsed == null || !reader.tryIncRef()) return List.of();
        try {
            AllHits all = new AllHits();
            searcher.search(parsed, all);
            List<Integer> hits = new ArrayList<>();
            for (int doc : all.ranked()) {
                int index = corpusIndex[doc];
                if (index >= 0 && allowed.test(index)) hits.add(index);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release();
        }
    }

    private void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the query's words occur in a text, as [start, end) pairs, for highlighting. */
    public List<int[]> matches(String text, String query) {
        Set<String> wanted = terms(query);
        List<int[]> spans = new ArrayList<>();
        if (wanted.isEmpty()) return spans;
        forEachToken(text, (term, start, end) -> {
            if (wanted.contains(term) || wanted.stream().anyMatch(w -> w.endsWith("*") && term.startsWith(w.substring(0, w.length() - 1)))) {
                spans.add(new int[] {start, end});
            }
        });
        return spans;
    }

    private Set<String> terms(String query) {
        Set<String> terms = new HashSet<>();
        for (String word : query.split("[\\s\"|+()]+")) {
            if (word.isEmpty() || word.startsWith("-")) continue;
            boolean prefix = word.endsWith("*");
            forEachToken(prefix ? word.substring(0, word.length() - 1) : word,
                    (term, s, e) -> terms.add(prefix ? term + "*" : term));
        }
        return terms;
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private void forEachToken(String text, TokenSink sink) {
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) return null;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(query);
    }

    /** Lets the reader go: its files close when the last search under way ends. */
    @Override
    public void close() {
        try {
            reader.close();
            if (directory != null) directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
