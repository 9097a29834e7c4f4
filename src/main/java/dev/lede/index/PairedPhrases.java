package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query parser of {@link TextSearch}: an exact phrase matches the word pairs it is made of. A two-word phrase is
 * then a single term; a longer one needs every pair and, to stay exact, the words' positions as well, which are only
 * read for the documents that have every pair.
 */
final class PairedPhrases extends SimpleQueryParser {

    private static final Map<String, String> PAIRS_OF = Map.of(SearchFields.TITLE, SearchFields.TITLE_PAIRS,
            SearchFields.TEXT, SearchFields.TEXT_PAIRS);

    PairedPhrases(Analyzer analyzer, Map<String, Float> weights) {
        super(analyzer, weights);
    }

    @Override
    public Query createPhraseQuery(String field, String queryText, int slop) {
        String pairsField = PAIRS_OF.get(field);
        if (slop != 0 || pairsField == null) return super.createPhraseQuery(field, queryText, slop);
        List<String> terms = terms(field, queryText);
        if (terms.size() < 2) return super.createPhraseQuery(field, queryText, slop);
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (int i = 1; i < terms.size(); i++) {
            String pair = terms.get(i - 1) + SearchFields.PAIR_SEPARATOR + terms.get(i);
            pairs.add(new TermQuery(new Term(pairsField, pair)), Occur.MUST);
        }
        if (terms.size() > 2) pairs.add(super.createPhraseQuery(field, queryText, 0), Occur.FILTER);
        return pairs.build();
    }

    private List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) terms.add(term.toString());
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
