package dev.lede.index;

import java.util.Locale;

/** How surface forms are compared across documents: case, spacing, edge punctuation, "the" and "'s" ignored. */
public final class Names {

    private Names() {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static String key(String form) {
        String s = SPACES.matcher(form.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String previous;
        do {
            previous = s;
            s = stripEdgePunctuation(s);
            if (s.startsWith("the ")) s = s.substring(4).stripLeading();
            if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2).stripTrailing();
        } while (!s.equals(previous));
        return s;
    }

    private static final java.util.regex.Pattern HONORIFIC =
            java.util.regex.Pattern.compile("^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\\.? ");

    /** A key without a leading honorific: "mr blair" → "blair", so "Mr Smith" cannot link two Smiths by itself. */
    public static String withoutHonorific(String key) {
        return HONORIFIC.matcher(key).replaceFirst("");
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "jnr", "sr", "snr", "ii", "iii");

    /**
     * A person's full name as the corpus links it: given name and surname of a key without honorific
     * ("george w bush" → "george bush"); empty when the key is one word or opens with an initial ("t blair").
     */
    public static String fullName(String key) {
        String[] words = key.split(" ");
        int last = words.length - 1;
        if (last > 1 && SUFFIXES.contains(words[last].replace(".", ""))) last--;
        if (last < 1 || isInitial(words[0])) return "";
        return words[0] + " " + words[last];
    }

    /** "t." or "t": a given name cut to its first letter. */
    public static boolean isInitial(String word) {
        return word.replace(".", "").length() == 1;
    }

    /** The honorific a form opens with ("mr", "mrs"), or "" for none. */
    public static String honorific(String form) {
        java.util.regex.Matcher m = HONORIFIC.matcher(key(form));
        return m.find() ? m.group(1) : "";
    }

    private static final java.util.regex.Pattern WRITTEN_HONORIFIC =
            java.util.regex.Pattern.compile("^(?i:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|professor)\\.?\\s+");

    /** A form as written, white space made single, without a leading honorific: "Mr  Tony Blair" → "Tony Blair". */
    public static String withoutHonorificAsWritten(String form) {
        return WRITTEN_HONORIFIC.matcher(SPACES.matcher(form.strip()).replaceAll(" ")).replaceFirst("");
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
