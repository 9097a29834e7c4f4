package dev.lede.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * How sure one article is of an entity's type, read from the rule that typed it ({@link Entity#typeRule}): what the
 * corpus-wide linking may count as a vote for a name's type, and what it may overrule. An entity whose rule is not
 * known (an annotation of another annotator) is neither.
 */
public final class TypeEvidence {

    /** The rule of an entity typed by the corpus's evidence rather than by its own article's. */
    public static final String CORPUS_TYPE = "corpus-type";

    private static final Map<String, Integer> WEIGHTS = weights();

    private TypeEvidence() {
    }

    /** A type the article is sure of: a title, a list, a word inside the name or a telling word beside it. */
    public static boolean isSure(Entity e) {
        return e.type() != EntityType.OTHER && weight(e.typeRule()) >= TypeRules.Weight.NEIGHBOUR;
    }

    /**
     * Typed only because the article named it again by its last word ("Blanchett" after "Cate Blanchett"): sure
     * for a person, but titles are named again that way too ("Million Dollar Baby" … "Baby"), so it says less about
     * the name than a rule that looked at the name itself.
     */
    public static boolean isByRepetition(Entity e) {
        return EntityMerger.NAMED_AGAIN_BY_SURNAME.rule().equals(e.typeRule());
    }

    /** Nothing typed it, or one weak hint did (a preposition, a speech verb, an abbreviation): other articles may. */
    public static boolean isWeak(Entity e) {
        String rule = e.typeRule();
        if (rule == null) return false;
        if (e.type() == EntityType.OTHER) return TypeRules.isAbsenceOfEvidence(rule);
        return WEIGHTS.containsKey(rule) && weight(rule) <= TypeRules.Weight.PATTERN;
    }

    private static int weight(String rule) {
        return rule == null ? TypeRules.Weight.NONE : WEIGHTS.getOrDefault(rule, TypeRules.Weight.NONE);
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> w = new HashMap<>();
        for (TypeRules.Rule r : TypeRules.RULES) w.put(r.name(), r.weight());
        w.put(EntityMerger.NAMED_AGAIN_BY_SURNAME.rule(), EntityMerger.NAMED_AGAIN_BY_SURNAME.weight());
        w.put(Coordination.RULE, TypeRules.Weight.PATTERN);
        w.put(QuotedNickname.RULE, TypeRules.Weight.NEIGHBOUR);
        w.put(InitialsInBrackets.RULE, TypeRules.Weight.NEIGHBOUR);
        w.put(TypeRules.NO_EVIDENCE.rule(), TypeRules.NO_EVIDENCE.weight());
        return Map.copyOf(w);
    }
}
