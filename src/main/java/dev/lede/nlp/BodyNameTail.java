package dev.lede.nlp;

import dev.lede.nlp.EntityMerger.Group;
import java.util.List;
import java.util.Set;

/**
 * "the United Nations Security Council … the Security Council said", "a New York Times article … the Times wrote": once
 * a body is named in full, news names it again by the last words of its name after "the": two words or more, or one
 * when the name is a newspaper's named for its place ("the Times", "the Post"; not the Financial Times). A body's short
 * form joins its full name only when exactly one longer body name of the text ends with it (a BBC story that quotes the
 * New York Post and the Washington Post says nothing of which "the Post" is); names that differ only by initials
 * ("U.N." and "United Nations") are one name here. A listed body's own name ("the Labour Party" beside "the Stevenage
 * Labour Party", "the Democratic Party" beside "the Christian Democratic Party") stays that body.
 */
final class BodyNameTail {

    private BodyNameTail() {
    }

    private static final Set<String> PUBLICATION_ENDINGS = Lexicon.words("publication-name-endings.txt");
    private static final Set<String> PUBLICATION_OPENERS = Lexicon.words("publication-name-openers.txt");

    /** Whether {@code shorter} is {@code longer} named again by its last words; {@code keys} are all the text's names. */
    static boolean shortens(Group shorter, Group longer, Set<String> keys) {
        if (shorter.type() != EntityType.ORGANIZATION || longer.type() != EntityType.ORGANIZATION) return false;
        if (!isTail(shorter.words(), longer.words()) || shorter.names.stream().noneMatch(BodyNameTail::afterThe)) return false;
        List<String> s = shorter.words();
        Lexicon lex = Lexicon.get();
        if (s.size() == 1 ? !isPaperOfAPlace(longer.words(), lex) : lex.isOrganization(shorter.key)) return false;
        // "the Command and Control Centre of the Coast Guard", "the Center for X and Center for Food Safety": a name
        // that ends in another after "of", "for" or "and" is a part of that body or a list of bodies, not its full name.
        if (lex.functionWords.contains(longer.words().get(longer.words().size() - s.size() - 1))) return false;
        for (String key : keys) {
            List<String> other = List.of(key.split(" "));
            if (other.equals(longer.words()) || !isTail(s, other)) continue;
            if (!LeadingInitials.sameName(other, longer.words()) && !LeadingInitials.sameName(longer.words(), other)) return false;
        }
        return true;
    }

    /**
     * "New York Times", "Baltimore Sun", "Daily Telegraph": a newspaper's name whose words before its last are a place or
     * "Daily", which news shortens to the last word ("the Financial Times" and "the Sunday Times" are not "the Times").
     */
    private static boolean isPaperOfAPlace(List<String> words, Lexicon lex) {
        if (!PUBLICATION_ENDINGS.contains(words.get(words.size() - 1))) return false;
        String before = String.join(" ", words.subList(0, words.size() - 1));
        return lex.isPlaceOfAnyList(before) || PUBLICATION_OPENERS.contains(before);
    }

    /** "the Times", or "The Times" opening a sentence, where the name finder kept "The" as part of the name. */
    private static boolean afterThe(NameFinder.Name n) {
        return n.afterThe() || n.text().regionMatches(true, 0, "the ", 0, 4);
    }

    private static boolean isTail(List<String> s, List<String> l) {
        return s.size() < l.size() && l.subList(l.size() - s.size(), l.size()).equals(s);
    }
}
