package dev.lede.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Clinton leaned in heavy and often …. She started off": a person the text names by one word only, which it also writes
 * right after a given name elsewhere ("Hillary Clinton" in the headline, "Bill Clinton"), is called by a surname, so the
 * word tells no gender even when it is a given name too ("Clinton", "Scott", "Jordan").
 */
final class LoneSurname {

    private LoneSurname() {
    }

    /** Whether the one-word name is written in the text after a capitalised given name. */
    static boolean is(String name, String text, Lexicon lex) {
        if (name.isEmpty() || name.contains(" ")) return false;
        Matcher m = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+" + Pattern.quote(name) + "(?!\\p{L})").matcher(text);
        while (m.find()) {
            if (lex.firstNames.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
