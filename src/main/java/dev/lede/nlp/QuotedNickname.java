package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marcia "Cia" Price, Matiu "Matt" Ratana: a nickname in quotation marks between a given name and a surname. The two
 * names around it are one person's, named without the nickname ("Marcia Price"), and the nickname is no quote.
 */
final class QuotedNickname {

    static final String RULE = "quoted-nickname";

    /** One or two capitalised words in quotation marks, a space either side. */
    private static final Pattern NICKNAME = Pattern.compile(" [\"\u201c\u2018']\\p{Lu}[\\p{L}.'\u2019-]*( \\p{Lu}[\\p{L}.'\u2019-]*)?[\"\u201d\u2019'] ");

    private QuotedNickname() {
    }

    /** The names with each given name, nickname and surname made one person, spanning all three. */
    static List<Name> join(String text, List<Name> names, Lexicon lex) {
        List<Name> out = new ArrayList<>(names.size());
        Matcher m = NICKNAME.matcher(text);
        int i = 0;
        while (i < names.size()) {
            Name given = names.get(i);
            if (m.region(given.end(), text.length()).lookingAt()) {
                int surname = i + 1;
                while (surname < names.size() && names.get(surname).start() < m.end()) surname++; // the nickname as a name
                String nickname = text.substring(m.start() + 2, m.end() - 2);
                if (surname < names.size() && names.get(surname).start() == m.end() && isNicknamed(given, names.get(surname), nickname, lex)) {
                    Name last = names.get(surname);
                    out.add(new Name(given.start(), last.end(), given.text() + " " + last.text(), EntityType.PERSON,
                            TypeRules.Weight.NEIGHBOUR, given.titled(), RULE, given.opensSentence(), last.speaks(), given.afterThe()));
                    i = surname + 1;
                    continue;
                }
            }
            out.add(given);
            i++;
        }
        return out;
    }

    /** The quotation marks' spans less the nicknames inside the names {@link #join} made. */
    static List<QuoteFinder.Span> withoutNicknames(List<QuoteFinder.Span> spans, List<Name> names) {
        List<Name> nicknamed = names.stream().filter(n -> RULE.equals(n.rule())).toList();
        if (nicknamed.isEmpty()) return spans;
        return spans.stream().filter(s -> nicknamed.stream().noneMatch(n -> n.start() < s.start() && s.end() < n.end())).toList();
    }

    private static boolean isNicknamed(Name given, Name surname, String nickname, Lexicon lex) {
        String[] givenWords = given.text().split(" ");
        boolean givenName = lex.firstNames.contains(givenWords[givenWords.length - 1].toLowerCase(Locale.ROOT))
                || lex.firstNames.contains(nickname.toLowerCase(Locale.ROOT));
        // A body or a place that its own evidence types on either side is no one's name.
        return givenName && !surelyBodyOrPlace(given) && !surelyBodyOrPlace(surname) && surname.text().split(" ").length <= 2;
    }

    private static boolean surelyBodyOrPlace(Name n) {
        return (n.type() == EntityType.ORGANIZATION || n.type() == EntityType.LOCATION) && n.confidence() >= TypeRules.Weight.NEIGHBOUR;
    }
}
