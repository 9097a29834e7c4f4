package dev.lede.nlp;

import java.util.List;

/**
 * A person's gender as the text's own pronouns tell it, for names the lists cannot ("Romney was never able to shake
 * that image, which was cemented with his infamous comment"): a sentence that opens with the person's name goes on
 * about that person, so the first third-person pronoun after it, with nobody else named or described in between,
 * stands for them. Unknown when the text never says, or says both.
 */
final class PronounGender {

    private PronounGender() {
    }

    /** Per entity, the gender its sentence-opening mentions' pronouns give; UNKNOWN for non-persons. */
    static Gender[] of(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        int[] male = new int[entities.size()];
        int[] female = new int[entities.size()];
        for (int a = 0; a < tokens.size(); a++) {
            int e = entityAt[a];
            if (e < 0 || quoted[a] || !tokens.get(a).sentenceInitial() || entities.get(e).type() != EntityType.PERSON) continue;
            int end = a;
            while (end + 1 < tokens.size() && entityAt[end + 1] == e) end++;
            // "Romney's wife … her": the owner is not what the sentence goes on about.
            if (end + 1 < tokens.size() && SpeechWords.isPossessiveMark(tokens.get(end + 1).lower())) {
                a = end;
                continue;
            }
            // "Trump said he …" beside Donald and Ivanka Trump: a surname two people share says nothing of either.
            if (end == a && sharedSurname(tokens.get(a).lower(), e, entities)) continue;
            Gender said = firstPronounAfter(end + 1, tokens.get(a).sentence(), tokens, entities, entityAt, quoted);
            if (said == Gender.MALE) male[e]++;
            if (said == Gender.FEMALE) female[e]++;
            a = end;
        }
        Gender[] gender = new Gender[entities.size()];
        for (int e = 0; e < gender.length; e++) {
            gender[e] = male[e] > 0 && female[e] == 0 ? Gender.MALE : female[e] > 0 && male[e] == 0 ? Gender.FEMALE : Gender.UNKNOWN;
        }
        return gender;
    }

    private static boolean sharedSurname(String word, int e, List<Entity> entities) {
        for (int o = 0; o < entities.size(); o++) {
            if (o == e || entities.get(o).type() != EntityType.PERSON) continue;
            String name = entities.get(o).name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals(word) || name.endsWith(" " + word)) return true;
        }
        return false;
    }

    /**
     * The gender of the first "he", "his", "him", "she", "her" or "hers" of the narration from token j to the sentence's end;
     * UNKNOWN when another person, a person's noun ("the woman") or none comes first.
     */
    private static Gender firstPronounAfter(int j, int sentence, List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        for (; j < tokens.size() && tokens.get(j).sentence() == sentence; j++) {
            if (quoted[j]) continue;
            int e = entityAt[j];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return Gender.UNKNOWN;
            String w = tokens.get(j).lower();
            if (SpeechWords.PERSON_NOUNS.contains(w) || SpeechWords.MALE_NOUNS.contains(w) || SpeechWords.FEMALE_NOUNS.contains(w)) return Gender.UNKNOWN;
            if (SpeechWords.MASCULINE.contains(w)) return Gender.MALE;
            if (SpeechWords.FEMININE.contains(w)) return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }
}
