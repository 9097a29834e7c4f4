package dev.lede.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

/**
 * Every hit of a query, best first (then in index order, as Lucene's top-hits collector breaks ties). Each hit
 * is packed into one long, its score's order above its document, and the array sorted once: at a million
 * articles a common word has a hundred thousand hits, which a priority queue sized for all of them ranked
 * several times slower.
 */
final class AllHits extends SimpleCollector {

    private long[] hits = new long[1024];
    private int count;
    private int docBase;
    private Scorable scorer;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (count == hits.length) hits = Arrays.copyOf(hits, count + (count >> 1));
        // ~ turns the score's ascending sortable bits descending; documents are never negative.
        hits[count++] = (long) ~NumericUtils.floatToSortableInt(scorer.score()) << 32 | docBase + doc;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** The index's document numbers of every hit, best first. */
    int[] ranked() {
        Arrays.sort(hits, 0, count);
        int[] docs = new int[count];
        for (int i = 0; i < count; i++) docs[i] = (int) hits[i];
        return docs;
    }
}
