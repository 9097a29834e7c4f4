package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Lede's annotator for English news: names found by capitalisation, word lists and context (with
 * OpenNLP's part-of-speech model for sentence-initial words), merged into entities with their aliases;
 * quotes paired from their marks; speakers found beside speech verbs. Thread-safe.
 */
public final class EnglishAnnotator implements Annotator {

    /** Bump when a rule changes, so cached annotations are recomputed; word-list edits change the version by themselves. */
    private static final String RULES = "3";

    private final Lexicon lexicon = Lexicon.get();
    private final Tokenizer tokenizer = new Tokenizer(lexicon);
    private final NameFinder names = new NameFinder(lexicon, new ProperNounTagger());
    private final EntityMerger merger = new EntityMerger(lexicon);
    private final QuoteFinder quoteFinder = new QuoteFinder();

    @Override
    public Annotation annotate(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Entity> entities = merger.merge(names.find(text, tokens));
        List<QuoteFinder.Span> spans = quoteFinder.find(text);
        SpeakerResolver speakers = new SpeakerResolver(tokens, entities, spans);
        List<QuoteFinder.Span> speech = new ArrayList<>();
        for (QuoteFinder.Span s : spans) {
            if (hasLetters(text, s) && speakers.isReportedSpeech(s)) speech.add(s);
        }
        speakers.markQuoted(speech);
        List<Quote> quotes = new ArrayList<>();
        int previousSpeaker = -1;
        int previousEnd = -1;
        for (QuoteFinder.Span s : speech) {
            int speaker = speakers.speakerOf(s, previousSpeaker, previousEnd);
            Entity e = speaker >= 0 ? entities.get(speaker) : null;
            quotes.add(new Quote(s.start(), s.end(), text.substring(s.start(), s.end()), e == null ? null : e.name(), e == null ? null : e.id()));
            previousSpeaker = speaker;
            previousEnd = s.end();
        }
        return new Annotation(entities, quotes);
    }

    private static boolean hasLetters(String text, QuoteFinder.Span s) {
        return text.substring(s.start(), s.end()).chars().anyMatch(Character::isLetter);
    }

    @Override
    public String version() {
        return RULES + "-" + lexicon.checksum();
    }
}
