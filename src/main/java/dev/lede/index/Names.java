package dev.lede.index;

import java.util.Locale;
import java.util.Set;

/**
 * How surface forms are compared across documents: case, spacing, edge punctuation, "the" and "'s" ignored.
 * Linking keys every mention of a large corpus, so these walk the characters rather than run expressions.
 */
public final class Names {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor");
    private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "sr", "snr", "ii", "iii");

    private Names() {
    }

    public static String key(String form) {
        String s = spaced(form).toLowerCase(Locale.ROOT);
        String previous;
        do {
            previous = s;
            s = stripEdgePunctuation(s);
            if (s.startsWith("the ")) s = s.substring(4).stripLeading();
            if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2).stripTrailing();
        } while (!s.equals(previous));
        return s;
    }

    /** A form with each run of white space made one space and the ends trimmed, case kept. */
    public static String spaced(String form) {
        if (isSpaced(form)) return form;
        StringBuilder b = new StringBuilder(form.length());
        boolean space = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    /** Most forms are already spaced: no white space but single spaces between words. */
    private static boolean isSpaced(String form) {
        int n = form.length();
        if (n > 0 && (Character.isWhitespace(form.charAt(0)) || Character.isWhitespace(form.charAt(n - 1)))) return false;
        for (int i = 0; i < n; i++) {
            char c = form.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || form.charAt(i + 1) == ' ')) return false;
        }
        return true;
    }

    /** A key without a leading honorific: "mr blair" → "blair", so "Mr Smith" cannot link two Smiths by itself. */
    public static String withoutHonorific(String key) {
        return honorific(key).isEmpty() ? key : key.substring(key.indexOf(' ') + 1);
    }

    /** The honorific a key (or a form) opens with ("mr", "mrs"), or "" for none. */
    public static String honorific(String form) {
        int space = form.indexOf(' ');
        if (space <= 0) return "";
        String word = form.substring(0, form.charAt(space - 1) == '.' ? space - 1 : space).toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(word) ? word : "";
    }

    /** A form as written, white space made single, without a leading honorific: "Mr  Tony Blair" → "Tony Blair". */
    public static String withoutHonorificAsWritten(String form) {
        String s = spaced(form);
        return honorific(s).isEmpty() ? s : s.substring(s.indexOf(' ') + 1);
    }

    /**
     * A person's full name as the corpus links it: given name and surname of a key without honorific
     * ("george w bush" → "george bush"); empty when the key is one word or opens with an initial ("t blair").
     */
    public static String fullName(String key) {
        int first = key.indexOf(' ');
        if (first < 0 || isInitial(key.substring(0, first))) return "";
        int last = key.lastIndexOf(' ');
        String surname = key.substring(last + 1);
        if (last > first && SUFFIXES.contains(surname.replace(".", ""))) {
            int before = key.lastIndexOf(' ', last - 1);
            surname = key.substring(before + 1, last);
        }
        return key.substring(0, first) + " " + surname;
    }

    /** "t." or "t": a given name cut to its first letter. */
    public static boolean isInitial(String word) {
        return word.replace(".", "").length() == 1;
    }

    /** The last word of a key: "tony blair" → "blair". */
    public static String lastWord(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(space + 1);
    }

    public static boolean isOneWord(String key) {
        return key.indexOf(' ') < 0;
    }

    private static String stripEdgePunctuation(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isEdgeJunk(s.charAt(i))) i++;
        while (j > i && isEdgeJunk(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    private static boolean isEdgeJunk(char c) {
        return Character.isWhitespace(c) || !Character.isLetterOrDigit(c);
    }
}
