package dev.lede.nlp;

import java.util.List;
import java.util.Set;

/**
 * Decides who speaks each quote: the entity named beside a speech verb in the quote's sentence
 * ("…," Mr Bez said / Jazayeri told the agency that "…"), through pronouns and descriptions
 * ("he said", "the minister added"), else the speaker of the quote it continues.
 */
final class SpeakerResolver {

    static final Set<String> SPEECH_VERBS = words("said", "says", "say", "saying", "told", "tells", "tell", "telling",
            "added", "adds", "adding", "warned", "warns", "warning", "explained", "explains", "explaining", "stated",
            "states", "declared", "declares", "announced", "announces", "insisted", "insists", "insisting", "claimed",
            "claims", "claiming", "argued", "argues", "arguing", "noted", "notes", "noting", "wrote", "writes", "writing",
            "asked", "asks", "replied", "replies", "continued", "continues", "commented", "comments", "remarked",
            "suggested", "suggests", "admitted", "admits", "acknowledged", "acknowledges", "confirmed", "confirms",
            "denied", "denies", "urged", "urges", "predicted", "predicts", "stressed", "stresses", "emphasised",
            "emphasized", "recalled", "recalls", "quoted", "described", "describes", "reported", "tweeted", "posted",
            "joked", "jokes", "concluded", "concludes", "conceded", "concedes", "revealed", "reveals", "promised",
            "promises", "vowed", "vows", "believes", "believed", "thinks", "thought", "felt", "feels", "according",
            "announcing", "calling", "called", "describing", "agreed", "agrees", "accused", "accuses", "complained",
            "complains", "cautioned", "observed", "pointed", "put", "boasted", "predicting", "urging", "accusing",
            "responded", "responds", "answered", "shouted", "told", "assured", "estimated", "maintained", "maintains",
            "quipped", "quips", "mused", "recounted", "exclaimed", "lamented", "laments", "countered", "counters",
            "retorted", "whispered", "texted", "emailed", "added", "observes", "reflected", "conceding", "insisting",
            "explaining", "warns", "pleaded", "demanded", "demands", "wondered", "recalling");

    /** The pronouns that can name a speaker; "she" (and "her") asks for a woman, "he" for a man. */
    private static final Set<String> SUBJECT_PRONOUNS = words("he", "she");
    private static final Set<String> FEMININE = words("she", "her", "hers");
    private static final Set<String> WOMEN_S_TITLES = words("mrs", "ms", "miss", "lady", "dame", "queen", "princess");
    private static final Set<String> MEN_S_TITLES = words("mr", "sir", "lord", "king", "prince");
    private static final Set<String> PASSIVE_AUXILIARIES = words("is", "was", "are", "were", "be", "been");
    private static final Set<String> GROUP_NOUNS = words("company", "firm", "group", "agency", "ministry", "government",
            "department", "bank", "club", "party", "union", "council", "organisation", "organization", "team", "board",
            "commission", "committee", "police", "army", "statement", "report", "newspaper", "network", "station",
            "channel", "paper", "website", "broadcaster", "carmaker", "retailer", "airline", "giant", "maker", "spokesman",
            "spokeswoman", "spokesperson", "spokesmen");
    private static final Set<String> PERSON_NOUNS = words("minister", "official", "general", "president", "chairman",
            "chairwoman", "chief", "director", "executive", "secretary", "leader", "manager", "coach", "boss", "analyst",
            "economist", "expert", "professor", "researcher", "scientist", "author", "writer", "actor", "actress", "star",
            "singer", "mayor", "governor", "senator", "premier", "chancellor", "officer", "commander", "prosecutor",
            "lawyer", "judge", "founder", "head", "captain", "player", "striker", "winger", "man", "woman", "source",
            "critic", "editor", "correspondent", "director-general", "candidate", "campaigner", "spokesman",
            "spokeswoman", "spokesperson", "politician", "mp", "ambassador", "envoy", "deputy", "adviser", "advisor",
            "designer", "founder", "owner", "winner", "veteran", "boss", "president-elect", "prime", "presenter",
            "developer", "inventor", "investor", "father", "mother", "son", "daughter", "wife", "husband", "teacher",
            "student", "doctor", "artist", "musician", "band", "rapper", "producer", "filmmaker", "novelist", "pundit",
            "trainer", "champion", "skipper", "international", "forward", "midfielder", "defender", "goalkeeper",
            "fly-half", "centre", "prop", "lock", "flanker", "full-back", "scrum-half", "hooker", "batsman", "bowler");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** How far back (characters) a description looks for the person it stands for. */
    private static final int DESCRIPTION_WINDOW = 800;

    private final List<Token> tokens;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final List<Entity> entities;
    private final Gender[] gender;

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
        String given = e.name().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (lex.femaleNames.contains(given)) return Gender.FEMALE;
        return lex.firstNames.contains(given) ? Gender.MALE : Gender.UNKNOWN;
    }

    SpeakerResolver(List<Token> tokens, List<Entity> entities, List<QuoteFinder.Span> quotes) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = new int[tokens.size()];
        this.quoted = new boolean[tokens.size()];
        this.gender = entities.stream().map(SpeakerResolver::genderOf).toArray(Gender[]::new);
        java.util.Arrays.fill(entityAt, -1);
        markQuoted(quotes);
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                int k = firstTokenAt(m.start());
                for (; k < tokens.size() && tokens.get(k).start() < m.end(); k++) entityAt[k] = e;
            }
        }
    }

    /**
     * The quotes whose words are not the narrator's: attributions are looked for outside them. First all
     * quote-mark spans (to tell speech from scare quotes), then only the speech.
     */
    void markQuoted(List<QuoteFinder.Span> quotes) {
        java.util.Arrays.fill(quoted, false);
        int t = 0;
        for (QuoteFinder.Span q : quotes) {
            while (t < tokens.size() && tokens.get(t).end() <= q.start() - 1) t++;
            for (int k = t; k < tokens.size() && tokens.get(k).start() < q.end() + 1; k++) quoted[k] = true;
        }
    }

    private int firstTokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static final Set<String> NAMING_WORDS = words("called", "dubbed", "so-called", "titled", "entitled", "named",
            "nicknamed", "branded", "labelled", "labeled", "termed", "as", "word", "words", "term", "phrase", "slogan");

    /**
     * Long quotes are speech; a quote of a word or three is speech only when its sentence reports someone
     * saying something and the words are not introduced as a name ("a phenomenon called 'knocking'"), or
     * when it stands in the headline, where quotation marks report words and scare quotes are rare.
     */
    boolean isReportedSpeech(QuoteFinder.Span quote, int headlineEnd) {
        if (quote.end() < headlineEnd) return true;
        int open = firstTokenAt(quote.start() - 1);
        int close = firstTokenAt(quote.end());
        int words = 0;
        for (int k = open; k < close && k < tokens.size(); k++) if (tokens.get(k).isWord()) words++;
        if (words > 3) return true;
        if (open > 0 && NAMING_WORDS.contains(tokens.get(open - 1).lower())) return false;
        int sentenceStart = open < tokens.size() ? tokens.get(open).sentence() : -1;
        for (int k = open - 1; k >= 0 && tokens.get(k).sentence() >= sentenceStart; k--) {
            if (!quoted[k] && isSpeechVerb(k)) return true;
        }
        int sentenceEnd = close < tokens.size() ? tokens.get(close).sentence() : -1;
        for (int k = close + 1; k < tokens.size() && tokens.get(k).sentence() <= sentenceEnd; k++) {
            if (!quoted[k] && isSpeechVerb(k)) return true;
        }
        return false;
    }

    /** The speaking entity's index in the entity list, or -1. */
    int speakerOf(QuoteFinder.Span quote, int previousSpeaker, int previousQuoteEnd) {
        int open = firstTokenAt(quote.start() - 1);
        int close = firstTokenAt(quote.end());
        // After the quote, up to the end of its sentence or the next quote.
        int afterFrom = close + 1;
        int afterTo = afterFrom;
        while (afterTo < tokens.size() && !quoted[afterTo] && tokens.get(afterTo).sentence() == tokens.get(Math.min(close, tokens.size() - 1)).sentence()
                && afterTo - afterFrom < 25) afterTo++;
        // A quote reopened after the one before ('…here. "I definitely…') keeps its speaker unless the words
        // right after it name another one ('"…," he added').
        boolean attributedRightAfter = afterTo > afterFrom && (tokens.get(afterFrom).text().equals(",")
                || isSpeechVerb(afterFrom) || (afterFrom + 1 < afterTo && isSpeechVerb(afterFrom + 1)));
        if (quote.continued() && previousSpeaker >= 0 && !attributedRightAfter) return previousSpeaker;
        int found = fromAfter(afterFrom, afterTo);
        if (found >= 0) return found;
        // Before the quote, back to its sentence start, a line break or the previous quote.
        int beforeTo = open;
        int beforeFrom = beforeTo;
        int sentence = open < tokens.size() ? tokens.get(open).sentence() : -1;
        while (beforeFrom > 0 && !quoted[beforeFrom - 1] && tokens.get(beforeFrom - 1).sentence() >= sentence - 0) beforeFrom--;
        found = fromBefore(beforeFrom, beforeTo);
        if (found >= 0) return found;
        if (beforeTo > beforeFrom && tokens.get(beforeTo - 1).text().equals(":")) {
            // 'X took a parting shot on Twitter: "…"' — the clause's subject introduces the quote.
            found = firstNamed(beforeFrom, beforeTo - 1);
            if (found >= 0) return found;
        }
        // A sentence or quote that ends with a colon just before: 'He said: "…'
        if (quote.continued() && previousSpeaker >= 0) return previousSpeaker;
        if (previousSpeaker >= 0 && quote.start() - previousQuoteEnd < 1500) return previousSpeaker;
        int previousSentence = beforeFrom - 1;
        while (previousSentence >= 0 && quoted[previousSentence]) previousSentence--;
        if (previousSentence >= 0) {
            int s = tokens.get(previousSentence).sentence();
            int from = previousSentence;
            while (from > 0 && tokens.get(from - 1).sentence() == s && !quoted[from - 1]) from--;
            found = fromBefore(from, previousSentence + 1);
            if (found >= 0) return found;
        }
        return -1;
    }

    private int fromAfter(int from, int to) {
        int verb = -1;
        for (int k = from; k < to && k < from + 20; k++) {
            if (isSpeechVerb(k)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return -1;
        int subject = subjectBefore(from, verb);
        if (subject >= 0) return subject;
        return subjectAfter(verb + 1, to);
    }

    private int fromBefore(int from, int to) {
        for (int verb = to - 1; verb >= from; verb--) {
            if (!isSpeechVerb(verb)) continue;
            if (tokens.get(verb).lower().equals("according")) {
                int s = subjectAfter(verb + 1, to);
                if (s >= 0) return s;
                continue;
            }
            int subject = subjectBefore(from, verb);
            if (subject >= 0) return subject;
            subject = subjectAfter(verb + 1, to);
            if (subject >= 0) return subject;
        }
        return -1;
    }

    private boolean isSpeechVerb(int k) {
        String w = tokens.get(k).lower();
        if (!SPEECH_VERBS.contains(w)) return false;
        if (k > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).lower())) return false; // "is said to"
        if (w.equals("according")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
        if (w.equals("pointed")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("out");
        if (w.equals("put")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("it");
        return true;
    }

    /** The nearest person (else organization) named before the verb, skipping appositions; pronouns and descriptions resolved. */
    private int subjectBefore(int from, int verb) {
        int organization = -1;
        int description = -1;
        int depth = 0;
        for (int k = verb - 1; k >= from; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",")) depth++;
            int e = entityAt[k];
            if (e >= 0) {
                EntityType type = entities.get(e).type();
                if (type == EntityType.PERSON) return e;
                if (type == EntityType.ORGANIZATION && organization < 0) organization = e;
                continue;
            }
            if (SUBJECT_PRONOUNS.contains(w) && organization < 0) {
                return personBefore(k);
            }
            if (description < 0 && (PERSON_NOUNS.contains(w) || GROUP_NOUNS.contains(w)) && determinedNoun(k, from)) description = k;
        }
        if (organization >= 0) return organization;
        if (description >= 0) return resolveDescription(description);
        return -1;
    }

    /** After the verb: "said Mr French", "said the Observer's Philip French", "added the minister". */
    private int subjectAfter(int from, int to) {
        int organization = -1;
        for (int k = from; k < to && k < from + 8; k++) {
            int e = entityAt[k];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return e;
            if (e >= 0 && entities.get(e).type() == EntityType.ORGANIZATION && organization < 0) organization = e;
            if (e >= 0) continue;
            String w = tokens.get(k).lower();
            if (SUBJECT_PRONOUNS.contains(w)) return organization >= 0 ? organization : personBefore(k);
            if (PERSON_NOUNS.contains(w) || GROUP_NOUNS.contains(w)) {
                int named = nameAfterDescription(k + 1, to);
                if (named >= 0) return named;
                return organization >= 0 ? organization : resolveDescription(k);
            }
        }
        return organization;
    }

    /** The first person named in a clause, else its first organization. */
    private int firstNamed(int from, int to) {
        int organization = -1;
        for (int k = from; k < to; k++) {
            int e = entityAt[k];
            if (e < 0 || quoted[k]) continue;
            if (entities.get(e).type() == EntityType.PERSON) return e;
            if (entities.get(e).type() == EntityType.ORGANIZATION && organization < 0) organization = e;
        }
        return organization;
    }

    /** "a spokesman for Kraft", "the firm's boss Ulrich Bez": a name right after a description is its referent. */
    private int nameAfterDescription(int from, int to) {
        // "said his father, Abdullah Kurdi": the name may follow as an apposition.
        if (from + 1 < to && tokens.get(from).text().equals(",") && entityAt[from + 1] >= 0
                && entities.get(entityAt[from + 1]).type() == EntityType.PERSON) {
            return entityAt[from + 1];
        }
        for (int k = from; k < to && k < from + 4; k++) {
            if (entityAt[k] >= 0 && entities.get(entityAt[k]).type() != EntityType.LOCATION) return entityAt[k];
            if (tokens.get(k).text().equals(",") || isSpeechVerb(k)) break;
        }
        return -1;
    }

    private boolean determinedNoun(int k, int from) {
        if (k - from <= 2) return true; // "Iranian General Denies…", "Police said"
        for (int j = k - 1; j >= from && j >= k - 4; j--) {
            String w = tokens.get(j).lower();
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("his") || w.equals("her")) return true;
        }
        return false;
    }

    private int resolveDescription(int k) {
        String w = tokens.get(k).lower();
        int named = nameAfterDescription(k + 1, Math.min(tokens.size(), k + 6));
        if (named >= 0) return named;
        EntityType wanted = GROUP_NOUNS.contains(w) && !w.startsWith("spokes") ? EntityType.ORGANIZATION : EntityType.PERSON;
        int salient = mostMentionedRecently(k, wanted);
        if (salient >= 0) return salient;
        if (w.startsWith("spokes")) {
            for (int j = k - 1; j >= 0; j--) {
                int e = entityAt[j];
                if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.ORGANIZATION) return e;
            }
        }
        return firstPersonAfter(k);
    }

    /** The latest person named before a pronoun whose gender does not contradict it. */
    /** Descriptions ("the defender said") mean the article's main figure more often than the last one named. */
    private int mostMentionedRecently(int k, EntityType wanted) {
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

    private int personBefore(int k) {
        Gender wanted = FEMININE.contains(tokens.get(k).lower()) ? Gender.FEMALE : Gender.MALE;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.PERSON && gender[e] != wanted.opposite()) return e;
        }
        return -1;
    }

    private int firstPersonAfter(int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.PERSON) return e;
        }
        return -1;
    }
}
