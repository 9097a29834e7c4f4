package dev.lede.nlp;

import dev.lede.nlp.EntityMerger.Group;
import java.util.List;

/**
 * "the U.N. Security Council" is "the United Nations Security Council", "the US Army" "the United States Army": a body's
 * name whose first word, written in capitals, is the initials of the first words of a longer name, the rest the same,
 * is that name.
 */
final class LeadingInitials {

    private LeadingInitials() {
    }

    /** Whether {@code shorter}'s first word is written in capitals and the longer name opens with the words it stands for. */
    static boolean abbreviates(Group shorter, Group longer) {
        String first = shorter.names.get(0).text().strip();
        if (first.regionMatches(true, 0, "the ", 0, 4)) first = first.substring(4).strip();
        int space = first.indexOf(' ');
        if (space < 0 || first.substring(0, space).chars().anyMatch(Character::isLowerCase)) return false;
        return sameName(shorter.words(), longer.words());
    }

    /**
     * Whether the name keys (lower case) differ only in {@code shorter}'s first word spelling the initials of
     * {@code longer}'s first words: "u.n. security council" and "united nations security council".
     */
    static boolean sameName(List<String> shorter, List<String> longer) {
        if (shorter.size() < 2 || shorter.size() >= longer.size()) return false;
        String initials = shorter.get(0).replace(".", "");
        int n = initials.length();
        if (n < 2 || !initials.chars().allMatch(Character::isLetter) || shorter.size() - 1 + n != longer.size()) return false;
        for (int i = 0; i < n; i++) {
            String w = longer.get(i);
            if (w.length() < 2 || w.charAt(0) != initials.charAt(i)) return false;
        }
        return shorter.subList(1, shorter.size()).equals(longer.subList(n, longer.size()));
    }
}
