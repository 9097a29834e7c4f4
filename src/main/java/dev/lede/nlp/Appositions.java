package dev.lede.nlp;

import java.util.List;

/**
 * Names beside descriptions: appositions between a speaker and the speech verb ("Flynn, a top Trump surrogate,
 * said": the names inside describe the speaker; they do not speak) and names right after a description ("a spokesman
 * for Kraft", "said his father, Abdullah Kurdi").
 */
final class Appositions {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;

    Appositions(List<Token> tokens, List<Entity> entities, int[] entityAt) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
    }

    /**
     * "Flynn, a top Trump surrogate, said": a name inside an apposition describes the person the apposition follows,
     * who speaks. The person or body right before the comma that opens the apposition (a lower-case word after it) when
     * a comma closes it right before the verb; else -1.
     */
    int head(int from, int inside, int verb) {
        if (!tokens.get(verb - 1).text().equals(",")) return -1;
        // "Scott Sullivan, has said that Mr Ebbers ordered …, telling him": a clause that speaks is no apposition.
        for (int k = inside; k > from && !tokens.get(k).text().equals(","); k--) if (SpeechWords.isSpeechVerbAt(tokens, k)) return -1;
        // Outwards through appositions of appositions: "Richard Doherty, from Panasonic's Hollywood Laboratories, one of
        // the pioneers of Blu-ray, told" is Doherty's; "The Bernie and Sid Show, which replaced Imus in the Morning,
        // hosted by Sid Rosenberg, who worked for Imus, tweeted" is the show's. The outermost person or body speaks.
        int speaker = -1;
        int at = inside;
        for (int head = headBeforeApposition(from, at); head >= 0; head = headBeforeApposition(from, at)) {
            EntityType type = entities.get(head).type();
            if (type.canSpeak()) speaker = head;
            while (at > from && entityAt[at] != head) at--;
            while (at > from && entityAt[at - 1] == head) at--;
        }
        return speaker;
    }

    /** The name right before the comma that opens the apposition holding token {@code inside}, or -1. */
    private int headBeforeApposition(int from, int inside) {
        int comma = inside - 1;
        while (comma > from && !tokens.get(comma).text().equals(",")) comma--;
        if (comma <= from || comma + 1 >= inside || !Character.isLowerCase(tokens.get(comma + 1).text().charAt(0))) return -1;
        int e = entityAt[comma - 1];
        if (e < 0 || e == entityAt[inside]) return -1;
        // "Steve Peers of the University of Essex, speaking to BBC, said": the person the body follows.
        int before = comma - 1;
        while (before > from && entityAt[before - 1] == e) before--;
        if (before > from && tokens.get(before - 1).lower().equals("the")) before--;
        if (before - 1 > from && SpeechWords.ORIGIN_PREPOSITIONS.contains(tokens.get(before - 1).lower())) {
            int person = entityAt[before - 2];
            if (person >= 0 && entities.get(person).type() == EntityType.PERSON) return person;
        }
        return e;
    }

    /** "a spokesman for Kraft", "the firm's boss Ulrich Bez": a name right after a description is its referent. */
    int nameAfterDescription(int from, int to) {
        // "said his father, Abdullah Kurdi": the name may follow as an apposition.
        if (from + 1 < to && tokens.get(from).text().equals(",") && entityAt[from + 1] >= 0
                && entities.get(entityAt[from + 1]).type() == EntityType.PERSON) {
            return entityAt[from + 1];
        }
        for (int k = from; k < to && k < from + 4; k++) {
            if (entityAt[k] >= 0 && entities.get(entityAt[k]).type() != EntityType.LOCATION) return entityAt[k];
            if (tokens.get(k).text().equals(",") || SpeechWords.isSpeechVerbAt(tokens, k)) break;
            // "according to a report published by UK-based research consultancy Analysys": the report's author.
            if (tokens.get(k).lower().equals("by")) return authorAfter(k + 1, to);
        }
        return -1;
    }

    private int authorAfter(int from, int to) {
        for (int k = from; k < to && k < from + 6; k++) {
            int e = entityAt[k];
            if (e >= 0 && entities.get(e).type() != EntityType.LOCATION) return e;
            if (tokens.get(k).text().equals(",")) break;
        }
        return -1;
    }
}
