package dev.lede.nlp;

import dev.lede.nlp.EntityMerger.Group;
import java.util.List;

/**
 * "Edward Norton Lorenz … MIT's Lorenz Center … Lorenz said": a one-word name that is the surname of a person of the
 * text and the first word of a body's name (a body named after that person, as often as not) names the person, however
 * near the body was named; unless the word is itself a listed body's name ("Ford").
 */
final class SurnameOverBody {

    private SurnameOverBody() {
    }

    /** The longer names the one-word {@code name} may join: without bodies it only opens, when a person bears it. */
    static List<Group> targets(Group name, List<Group> targets, Lexicon lex) {
        if (name.words().size() != 1 || lex.isOrganization(name.key)) return targets;
        String word = name.words().get(0);
        boolean borne = targets.stream().anyMatch(t -> t.type() == EntityType.PERSON && EntityMerger.surname(t.words(), lex).equals(word));
        if (!borne) return targets;
        return targets.stream().filter(t -> t.type() != EntityType.ORGANIZATION || !t.words().get(0).equals(word)).toList();
    }
}
