package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.FEMININE;
import static dev.lede.nlp.SpeechWords.MEN_S_TITLES;
import static dev.lede.nlp.SpeechWords.WOMEN_S_TITLES;

import java.util.List;

/**
 * Who a pronoun or a description stands for: people by gender and recency, a description by the person
 * it introduces or the one most talked about nearby. Shares the speaker resolver's mention index.
 */
final class Referents {

    private final String text;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Gender[] gender;

    Referents(String text, List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.gender = entities.stream().map(Referents::genderOf).toArray(Gender[]::new);
    }

    /** How far back (characters) a description looks for the person it stands for. */
    private static final int DESCRIPTION_WINDOW = 800;

    private enum Gender {
        MALE, FEMALE, UNKNOWN;

        Gender opposite() {
            return this == MALE ? FEMALE : this == FEMALE ? MALE : UNKNOWN;
        }
    }

    /** From the given name ("Hilary Swank") or the honorific ("Mrs Follett"), when the text gives either. */
    private static Gender genderOf(Entity e) {
        if (e.type() != EntityType.PERSON) return Gender.UNKNOWN;
        Lexicon lex = Lexicon.get();
        for (String alias : e.aliases()) {
            String first = alias.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT).replace(".", "");
            if (WOMEN_S_TITLES.contains(first)) return Gender.FEMALE;
            if (MEN_S_TITLES.contains(first)) return Gender.MALE;
        }
        // "Crooked Hillary Clinton": the first word that is a given name decides.
        for (String word : e.name().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (lex.femaleNames.contains(word)) return Gender.FEMALE;
            if (lex.firstNames.contains(word)) return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /** The mention at token k (its last token) starts its sentence: "Ghebreyesus expressed…". */
    private boolean opensSentence(int k) {
        int first = k;
        while (first > 0 && entityAt[first - 1] == entityAt[k]) first--;
        return tokens.get(first).sentenceInitial();
    }

    private boolean opensParagraph(int k) {
        int i = tokens.get(k).start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Roughly a headline, a subhead, a caption and a first paragraph. */
    private static final int LEDE_LENGTH = 600;

    /**
     * News opens with a description ("A top Iranian general denied …") of the person the story is about,
     * named in the headline or the next paragraph: the most-mentioned person named up to a paragraph later.
     */
    int ledeSubject(int k) {
        if (tokens.get(k).start() > LEDE_LENGTH || !opensParagraph(k)) return -1;
        int best = -1;
        int limit = tokens.get(k).start() + LEDE_LENGTH;
        for (int j = 0; j < tokens.size() && tokens.get(j).start() < limit; j++) {
            int e = entityAt[j];
            if (e < 0 || j == k || entities.get(e).type() != EntityType.PERSON) continue;
            if (best < 0 || entities.get(e).mentions().size() > entities.get(best).mentions().size()) best = e;
        }
        return best;
    }

    /** Descriptions ("the defender said") mean the article's main figure more often than the last one named. */
    int mostMentionedRecently(int k, EntityType wanted) {
        int best = -1;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != wanted) continue;
            if (best < 0 || entities.get(e).mentions().size() > entities.get(best).mentions().size()) best = e;
        }
        if (best >= 0) return best;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == wanted) return e;
        }
        return -1;
    }

    /**
     * A pronoun's person: the latest person known to be of its gender, or of unknown gender opening a
     * sentence (its subject), named in the last paragraphs other than as an owner (a name of unknown gender
     * inside a sentence, often an object, is less likely to be meant); else the latest of
     * unknown gender so named ("He notes … Trump's microphone … Clinton's. He says"), else the latest at all.
     */
    int personBefore(int k) {
        Gender wanted = FEMININE.contains(tokens.get(k).lower()) ? Gender.FEMALE : Gender.MALE;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || isPossessive(j + 1) || entities.get(e).type() != EntityType.PERSON) continue;
            if (gender[e] == wanted || (gender[e] == Gender.UNKNOWN && opensSentence(j))) return e;
        }
        return personNotOfTheOtherGenderBefore(k, wanted);
    }

    private int personNotOfTheOtherGenderBefore(int k, Gender wanted) {
        int latest = -1;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.PERSON || gender[e] == wanted.opposite()) continue;
            if (latest < 0) latest = e;
            if (tokens.get(j).start() < window) break;
            if (!isPossessive(j + 1)) return e;
        }
        return latest;
    }

    int firstPersonAfter(int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.PERSON) return e;
        }
        return -1;
    }

    boolean isPossessive(int k) {
        return k < tokens.size() && (tokens.get(k).lower().equals("'s") || tokens.get(k).lower().equals("\u2019s"));
    }
}
