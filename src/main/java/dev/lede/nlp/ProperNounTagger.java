package dev.lede.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Asks OpenNLP's English part-of-speech model whether a capitalised word that opens a sentence is a
 * proper noun ("Critics said" no, "Kraft said" yes). Only those words are asked, and only the first
 * few words of their sentence are tagged, because tagging every sentence would cost most of the
 * annotation time for a decision the capitals already make elsewhere.
 */
final class ProperNounTagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int CONTEXT = 6;

    /** Loaded on first use, on an annotating thread, so starting the explorer never waits for it. */
    private static final class Model {
        static final POSModel SHARED = load();
    }

    /**
     * Starts loading the model on a thread of its own, for a run that annotates at once: the load (about a second)
     * then overlaps the word lists' and the first articles' reading instead of holding up the first annotation.
     * A failure is left for the first use to report.
     */
    static void loadInBackground() {
        Thread loader = new Thread(() -> {
            try {
                Objects.requireNonNull(Model.SHARED);
            } catch (RuntimeException | ExceptionInInitializerError reportedAtFirstUse) {
                // The annotating thread that first asks gets the error, with this one as its cause.
            }
        }, "lede-pos-model");
        loader.setDaemon(true);
        loader.start();
    }

    /** POSTaggerME is not thread-safe; the model is, so each thread gets its own tagger over the one model. */
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(Model.SHARED));

    boolean isProperNoun(List<Token> tokens, int at) {
        int sentence = tokens.get(at).sentence();
        int end = at;
        while (end < tokens.size() && end - at < CONTEXT && tokens.get(end).sentence() == sentence) end++;
        String[] words = new String[end - at];
        for (int i = at; i < end; i++) words[i - at] = tokens.get(i).text();
        String tag = tagger.get().tag(words)[0];
        return tag.equals("PROPN") || tag.equals("NNP") || tag.equals("NNPS");
    }

    private static POSModel load() {
        try (InputStream in = ProperNounTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP POS model " + MODEL + " is not on the class path");
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
