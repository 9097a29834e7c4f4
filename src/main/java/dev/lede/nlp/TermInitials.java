package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import dev.lede.nlp.TypeRules.Candidate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the consumer price index (CPI)", "a trusted platform module (TPM)", "high-definition television (HDTV)": initials
 * in brackets after lower-case words they spell abbreviate a term, not a name; the text spells a body's name in
 * capitals ("British Bankers' Association (BBA)"). Nor are initials before a noun for a format, a carrier of data or a
 * device ("the UMD format", "RFID tags", "the DS handheld"), initials used, sent or owned ("using SMS", "your PVR"), or a
 * number's unit or time zone ("12,600 MW", "7:38 pm IST"). Such initials are no organization, here or where the article
 * writes them alone.
 */
final class TermInitials {

    static final String RULE = "term-initials";
    static final String FORMAT_RULE = "format-noun-after";
    static final String USED_RULE = "used-initials";
    static final String MEASURE_RULE = "unit-or-zone";
    static final String DEVICE_RULE = "device-noun-after";
    /** The rules that find initials to be a thing: the article's unsure mentions of the same initials follow them. */
    private static final Set<String> THING_RULES = Set.of(RULE, FORMAT_RULE, USED_RULE, MEASURE_RULE, DEVICE_RULE,
            NotABody.COUNTED_RULE);

    private TermInitials() {
    }

    /**
     * "… index (CPI) … the CPI rose", "bought a PVR … PVR sales": initials the text spelled out as a term, or counted as a
     * thing, are that thing wherever nothing sure types them.
     */
    static void typeRepeats(List<Name> names) {
        Map<String, String> things = new HashMap<>();
        for (Name n : names) {
            if (n.rule() != null && THING_RULES.contains(n.rule())) {
                things.putIfAbsent(n.text(), n.rule());
            }
        }
        if (things.isEmpty()) return;
        for (int j = 0; j < names.size(); j++) {
            Name n = names.get(j);
            String rule = things.get(n.text());
            if (rule != null && n.confidence() < TypeRules.Weight.NEIGHBOUR && n.type() != EntityType.OTHER) {
                names.set(j, new Name(n.start(), n.end(), n.text(), EntityType.OTHER, TypeRules.Weight.NEIGHBOUR, n.titled(), rule,
                        n.opensSentence(), n.speaks(), n.afterThe()));
            }
        }
    }

    /** "the UMD format", "RFID tags": one word in capitals right before a format noun ("MP3 files" has a rule of its own). */
    static boolean namesAFormat(Candidate c) {
        return beforeNounFrom(c, c.lex.formatNouns);
    }

    /** "the DS handheld", "USB ports", "an MRI scan": one word in capitals right before a noun for a device or a scan. */
    static boolean namesADevice(Candidate c) {
        return beforeNounFrom(c, c.lex.deviceNouns);
    }

    private static boolean beforeNounFrom(Candidate c, Set<String> nouns) {
        return c.words() == 1 && c.first().isAcronym() && c.name.chars().noneMatch(Character::isDigit) && c.to < c.tokens.size()
                && nouns.contains(c.after()) && !c.tokens.get(c.to).isCapitalized();
    }

    /**
     * "people are using SMS", "send MMS", "Apple uses AAC", "your PVR", "their OS": initials used, sent or owned are a
     * thing. After "my" or "their" only when no lower-case word other than a function word follows: "my FIDE trainer title" owns the title, not FIDE.
     */
    static boolean namesAThingUsed(Candidate c) {
        if (c.words() != 1 || !c.first().isAcronym()) return false;
        if (c.lex.useVerbs.contains(c.before())) return true;
        return c.lex.possessiveDeterminers.contains(c.before()) && !wordFollows(c);
    }

    /**
     * "12,600 MW of", "190 A.D.,", "7:38 pm IST (", "9:54 a.m. ET": initials right after a number or a clock time are its
     * unit, era or time zone. Not "a 2004 ICM survey" or "In 2004 MSN introduced", where a word goes on from the initials,
     * nor "PSV 1 AEK 2", a score between clubs.
     */
    static boolean measuresANumber(Candidate c) {
        if (c.words() != 1 || !c.first().isAcronym() || c.from == 0) return false;
        Token previous = c.tokens.get(c.from - 1);
        // A number or a clock time, not an ordinal: "16th PREM" is a table's place in a league.
        boolean afterNumber = Character.isDigit(previous.text().charAt(0))
                && previous.text().chars().allMatch(ch -> Character.isDigit(ch) || ",.:".indexOf(ch) >= 0)
                || c.lex.clockWords.contains(previous.lower());
        boolean numberFollows = c.to < c.tokens.size() && Character.isDigit(c.tokens.get(c.to).text().charAt(0));
        return afterNumber && !numberFollows && !wordFollows(c);
    }

    /** Does a lower-case word other than a function word follow the name, a noun it may be part of? */
    private static boolean wordFollows(Candidate c) {
        Token next = c.to < c.tokens.size() ? c.tokens.get(c.to) : null;
        return next != null && next.isWord() && !next.isCapitalized() && !c.lex.functionWords.contains(next.lower());
    }

    static boolean abbreviatesATerm(Candidate c) {
        return c.words() == 1 && c.first().isAcronym() && (spelledBefore(c) || spelledAfter(c));
    }

    /**
     * "DRM (digital rights management, the subject …)", "RSS (really simple syndication)": initials and then, in brackets,
     * lower-case words that spell them, first letter first, up to the closing bracket or a comma.
     */
    private static boolean spelledAfter(Candidate c) {
        List<Token> t = c.tokens;
        if (c.to + 1 >= t.size() || !t.get(c.to).text().equals("(")) return false;
        String letters = c.name.replace(".", "");
        int letter = 0;
        int i = c.to + 1;
        for (; i < t.size() && letter < letters.length(); i++) {
            Token w = t.get(i);
            if (!w.isWord() || w.isCapitalized()) return false;
            if (c.lex.initialsSkipped.contains(w.lower())) continue;
            for (String part : w.lower().split("-")) {
                if (part.isEmpty() || letter >= letters.length()) continue;
                if (part.charAt(0) != Character.toLowerCase(letters.charAt(letter))) return false;
                letter++;
            }
        }
        return letter == letters.length() && i < t.size() && (t.get(i).text().equals(")") || t.get(i).text().equals(","));
    }

    private static boolean spelledBefore(Candidate c) {
        List<Token> t = c.tokens;
        if (c.from < 2 || c.to >= t.size()
                || !t.get(c.from - 1).text().equals("(") || !t.get(c.to).text().equals(")")) return false;
        String letters = c.name.replace(".", "");
        int letter = letters.length() - 1;
        // Back from the bracket, word by word: each word's parts (split at hyphens) give the letters, last first.
        for (int i = c.from - 2; i >= 0 && letter >= 0; i--) {
            Token w = t.get(i);
            if (!w.isWord() || w.isCapitalized() && !w.sentenceInitial()) return false;
            if (c.lex.initialsSkipped.contains(w.lower())) continue;
            String[] parts = w.lower().split("-");
            for (int p = parts.length - 1; p >= 0 && letter >= 0; p--) {
                if (parts[p].isEmpty()) continue;
                if (parts[p].charAt(0) != Character.toLowerCase(letters.charAt(letter))) return false;
                letter--;
            }
        }
        return letter < 0;
    }
}
