package dev.lede.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's speaker label at the start of a quote or of its paragraph: "PENCE: Well, …",
 * "MR. O'NEILL: …", "Q: …". Upper-case words ending in a colon, titles left out.
 */
final class TranscriptLabel {

    private static final Pattern LABEL = Pattern.compile("([A-Z][A-Z.'\\u2019-]*(?: [A-Z][A-Z.'\\u2019-]*){0,2}):\\s");

    private TranscriptLabel() {
    }

    /** The label's last name in lower case ("o'neill"), or null when the quote does not open with one. */
    static String at(String text, int quoteStart) {
        Matcher m = LABEL.matcher(text);
        m.region(quoteStart, Math.min(text.length(), quoteStart + 40));
        if (!m.lookingAt()) return null;
        String[] words = m.group(1).split(" ");
        String last = words[words.length - 1].replace(".", "");
        if (last.length() < 2 && !last.equals("Q")) return null;
        if (Lexicon.get().titles.contains(last.toLowerCase(Locale.ROOT))) return null; // "MR.:" is no name
        return last.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
