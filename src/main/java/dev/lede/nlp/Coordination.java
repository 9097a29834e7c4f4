package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names listed together ("A, B and C") are mostly of one kind: the sure ones type the unsure ones. */
final class Coordination {

    static final String RULE = "coordinated-name";

    /** What may stand between two names of one list: a comma, "and", "or", "&". */
    private static final Pattern COORDINATION = Pattern.compile(",\\s*|\\s+(and|or|&)\\s+|,\\s*(and|or)\\s+");

    private final Lexicon lex;

    Coordination(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /**
     * "Ron Perlman, John De Lancie and Jaleel White": in a list of names, unsure ones take the type of the sure ones when
     * at least two sure ones agree and none disagrees (one typed film among titles proves nothing).
     */
    void type(String text, List<Name> names) {
        int from = 0;
        while (from < names.size()) {
            int to = from + 1;
            while (to < names.size() && COORDINATION.matcher(text.substring(names.get(to - 1).end(), names.get(to).start())).matches()) to++;
            EntityType agreed = null;
            int sure = 0;
            for (int k = from; k < to; k++) {
                Name n = names.get(k);
                if (n.type() == EntityType.OTHER || n.confidence() < TypeRules.Weight.NEIGHBOUR) continue;
                if (agreed != null && agreed != n.type()) sure = -1000;
                agreed = n.type();
                sure++;
            }
            for (int k = from; k < to && sure >= 2; k++) {
                Name n = names.get(k);
                String lower = n.text().toLowerCase(Locale.ROOT);
                boolean commonNoun = lex.isOrganizationWord(lower) || lex.isLocationWord(lower); // "Cities", "Islands"
                // Only names of two words or more: lone words in lists are as often bands, works or villages; among
                // bodies a lone word is mostly one too ("YouTube, LiveLeak and Vimeo"): bands and firms are bodies.
                boolean words = n.text().indexOf(' ') > 0 || agreed == EntityType.ORGANIZATION;
                if (n.type() == EntityType.OTHER && n.confidence() <= TypeRules.Weight.HINT && !commonNoun && words) {
                    names.set(k, new Name(n.start(), n.end(), n.text(), agreed, TypeRules.Weight.PATTERN, n.titled(), RULE,
                            n.opensSentence(), n.speaks(), n.afterThe()));
                }
            }
            from = to;
        }
    }
}
