package dev.lede.nlp;

import java.util.Set;

/** The words the speaker sieve looks for around a quote: speech verbs, people and groups as descriptions. */
final class SpeechWords {

    private SpeechWords() {
    }

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
            "explaining", "warns", "pleaded", "reads", "demanded", "demands", "wondered", "recalling");

    /** The pronouns that can name a speaker; "she" (and "her") asks for a woman, "he" for a man. */
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she");
    static final Set<String> FEMININE = words("she", "her", "hers");
    static final Set<String> WOMEN_S_TITLES = words("mrs", "ms", "miss", "lady", "dame", "queen", "princess");
    static final Set<String> MEN_S_TITLES = words("mr", "sir", "lord", "king", "prince");
    static final Set<String> PASSIVE_AUXILIARIES = words("is", "was", "are", "were", "be", "been");
    static final Set<String> GROUP_NOUNS = words("company", "firm", "group", "agency", "ministry", "government",
            "department", "bank", "club", "party", "union", "council", "organisation", "organization", "team", "board",
            "commission", "committee", "police", "army", "statement", "report", "newspaper", "network", "station",
            "channel", "paper", "website", "broadcaster", "carmaker", "retailer", "airline", "giant", "maker", "spokesman",
            "spokeswoman", "spokesperson", "spokesmen");
    static final Set<String> PERSON_NOUNS = words("minister", "official", "general", "president", "chairman",
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


    /** Determiners that introduce somebody the text does not name: "a spokesman", "one voter", "some critics". */
    static final Set<String> INDEFINITE = words("a", "an", "one", "another", "some", "several", "many", "other", "two", "three");
    static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that");
    /** Verbs that put a judgement in somebody's words: "described it as 'unhinged'", "condemned it as 'provocative'". */
    static final Set<String> CHARACTERIZING_VERBS = words("described", "describes", "describing", "likened",
            "condemned", "condemns", "dismissed", "dismisses", "denounced", "denounces", "blasted", "slammed", "hailed",
            "praised", "branded", "labeled", "labelled", "deemed", "ruled", "rated", "proclaimed", "vowing", "promising");
    static final Set<String> PLURAL_PRONOUNS = words("they", "we");
    /** Words between a subject and its verb: "Smith also said", "a critic has said". */
    static final Set<String> VERB_PRELUDE = words("also", "later", "then", "once", "again", "has", "had", "have", "will",
            "would", "could", "may", "might", "did", "does", "do", "just", "often", "not", "even", "still");
    static final Set<String> PREPOSITIONS = words("in", "for", "of", "at", "from", "with", "on", "to", "by", "about", "near");
    static final Set<String> NAMING_WORDS = words("called", "dubbed", "so-called", "titled", "entitled", "named",
            "nicknamed", "branded", "labelled", "labeled", "termed", "as", "word", "words", "term", "phrase", "slogan");

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
