package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Lede's annotator for English news: names found by capitalisation, word lists and context (with
 * OpenNLP's part-of-speech model for sentence-initial words), merged into entities with their aliases;
 * quotes paired from their marks; speakers found beside speech verbs. Thread-safe.
 */
public final class EnglishAnnotator implements Annotator {

    /** A hash of this package's code and word lists, made by the build: any rule change changes it. */
    private static final String VERSION = AnnotatorVersion.current();

    private final Lexicon lexicon = Lexicon.get();
    private final Tokenizer tokenizer = new Tokenizer(lexicon);
    private final NameFinder names = new NameFinder(lexicon, new ProperNounTagger());
    private final EntityMerger merger = new EntityMerger(lexicon);
    private final QuoteFinder quoteFinder = new QuoteFinder();

    @Override
    public Annotation annotate(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<NameFinder.Name> found = names.find(text, tokens);
        List<Entity> entities = merger.merge(found);
        List<QuoteFinder.Span> spans = QuotedNickname.withoutNicknames(quoteFinder.find(text), found);
        SpeakerResolver speakers = new SpeakerResolver(text, tokens, entities, spans);
        List<QuoteFinder.Span> speech = new ArrayList<>();
        int headlineEnd = QuoteFinder.headlineEnd(text);
        for (QuoteFinder.Span s : spans) {
            if (hasLetters(text, s) && speakers.isReportedSpeech(s, headlineEnd)) speech.add(s);
        }
        speakers.markQuoted(speech);
        List<Attribution> attributions = new ArrayList<>();
        Attribution previous = Attribution.UNDECIDED;
        int previousEnd = -1;
        for (QuoteFinder.Span s : speech) {
            previous = speakers.speakerOf(s, previous, previousEnd);
            attributions.add(previous);
            previousEnd = s.end();
        }
        attributions = HeadlineEcho.apply(text, speech, spans, attributions, headlineEnd);
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < speech.size(); q++) {
            QuoteFinder.Span s = speech.get(q);
            Attribution a = attributions.get(q);
            Entity e = a.speaker() >= 0 ? entities.get(a.speaker()) : null;
            quotes.add(new Quote(s.start(), s.end(), text.substring(s.start(), s.end()), e == null ? null : e.name(),
                    e == null ? null : e.id(), a.pass() == null ? null : a.pass().label()));
        }
        return new Annotation(entities, quotes);
    }

    private static boolean hasLetters(String text, QuoteFinder.Span s) {
        return text.substring(s.start(), s.end()).chars().anyMatch(Character::isLetter);
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** Starts loading the models on another thread, for a run that will annotate as soon as it has read an article. */
    public static void loadModelsInBackground() {
        ProperNounTagger.loadInBackground();
    }

    /** The version {@link #version()} gives, known without making an annotator (which loads its models). */
    public static String currentVersion() {
        return VERSION;
    }
}
