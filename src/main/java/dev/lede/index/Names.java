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
