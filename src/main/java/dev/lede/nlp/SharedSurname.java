package dev.lede.nlp;

import dev.lede.nlp.EntityMerger.Group;
import dev.lede.nlp.NameFinder.Name;
import java.util.List;

/**
 * When several people of an article share a surname, the surname alone names the one last named in full as a
 * sentence's subject: "Jason Robinson will miss … Robinson said … Andy Robinson said: … Robinson's squad" (the coach
 * now), but "Sen. Ted Cruz is endorsing … a photo of Heidi Cruz … 'my wife,' Cruz said" (still the senator: his wife
 * was named in passing). Without such a subject before it, the bearer named last. A title says otherwise ("Mrs Blair"
 * is the woman).
 */
final class SharedSurname {

    private final List<Group> bearers;
    private final Lexicon lex;

    private SharedSurname(List<Group> bearers, Lexicon lex) {
        this.bearers = bearers;
        this.lex = lex;
    }

    /** The rule for a one-word name that is the surname of two or more people of the text, or null. */
    static SharedSurname of(Group name, List<Group> targets, Lexicon lex) {
        if (name.words().size() != 1 || targets.size() < 2) return null;
        String word = name.words().get(0);
        for (Group t : targets) {
            if (t.type() != EntityType.PERSON || !EntityMerger.surname(t.words(), lex).equals(word)) return null;
        }
        return new SharedSurname(targets, lex);
    }

    /** The person this mention of the surname names, or null to leave it to nearness. */
    Group bearer(Name mention) {
        Gender titled = Gender.ofTitle(mention.titled());
        List<Group> fitting = titled == Gender.UNKNOWN ? bearers : bearers.stream().filter(g -> gender(g) == titled).toList();
        if (fitting.isEmpty()) return null;
        Group subject = null;
        int latest = -1;
        for (Group g : fitting) {
            for (Name n : g.names) {
                if (n.opensSentence() && n.start() < mention.start() && n.start() > latest) {
                    subject = g;
                    latest = n.start();
                }
            }
        }
        return subject != null ? subject : EntityMerger.nearest(fitting, mention.start());
    }

    /** A person's gender as a title or the given name tells it. */
    private Gender gender(Group person) {
        for (Name n : person.names) {
            Gender titled = Gender.ofTitle(n.titled());
            if (titled != Gender.UNKNOWN) return titled;
        }
        return Gender.ofGivenName(person.words().get(0), lex);
    }
}
