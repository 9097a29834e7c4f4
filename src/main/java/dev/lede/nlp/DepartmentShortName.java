package dev.lede.nlp;

import java.util.List;
import java.util.Set;

/**
 * "the Department of Homeland Security … as a Homeland Security memo put it": the words after "Department of" (or
 * "Ministry of"), two or more, name the department alone. One word is left alone ("Justice", "Defence": a title's word
 * as often as the department's).
 */
final class DepartmentShortName {

    private DepartmentShortName() {
    }

    private static final Set<String> HEADS = Lexicon.words("department-heads.txt");

    /** Whether the name keys {@code shorter} are {@code longer}'s words after its "Department of". */
    static boolean names(List<String> shorter, List<String> longer) {
        return shorter.size() >= 2 && longer.size() == shorter.size() + 2 && HEADS.contains(longer.get(0))
                && longer.get(1).equals("of") && longer.subList(2, longer.size()).equals(shorter);
    }
}
