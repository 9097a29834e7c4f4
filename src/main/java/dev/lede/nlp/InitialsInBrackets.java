package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.List;

/**
 * "Quorbian Union of Students (QUS) … the QUS spokesman said": a name spelled out with its initials in brackets is one
 * entity with them, so what the article surely says of the initials (or of the spelled-out name written elsewhere) types
 * the spelled-out name too. The merger counts the spelled-out words before the initials, since an abbreviation alone says
 * nothing of what "Digital Subscriber Line (DSL)" is; this hands the words the initials' sure evidence before it does.
 */
final class InitialsInBrackets {

    static final String RULE = "typed-by-initials";

    private InitialsInBrackets() {
    }

    /** Retypes the unsure mentions of every spelled-out name whose bracketed initials (or itself) the article types surely. */
    static void type(String text, List<Name> names, Lexicon lex) {
        for (int k = 0; k + 1 < names.size(); k++) {
            Name full = names.get(k);
            Name initials = names.get(k + 1);
            if (!inBracketsAfter(text, full, initials) || !spells(initials.text(), full.text(), lex)) continue;
            EntityType sure = agreedSureType(names, full.text(), initials.text());
            if (sure == null) continue;
            for (int j = 0; j < names.size(); j++) {
                Name n = names.get(j);
                if (n.text().equals(full.text()) && n.confidence() < TypeRules.Weight.NEIGHBOUR && n.type() != sure) {
                    names.set(j, new Name(n.start(), n.end(), n.text(), sure, TypeRules.Weight.NEIGHBOUR, n.titled(), RULE,
                            n.opensSentence(), n.speaks(), n.afterThe()));
                }
            }
        }
    }

    /** "Confederation of British Industry (CBI)": one word in capitals right after the name, alone in brackets. */
    private static boolean inBracketsAfter(String text, Name full, Name initials) {
        String between = text.substring(full.end(), initials.start());
        boolean closed = initials.end() < text.length() && text.charAt(initials.end()) == ')';
        return (between.equals(" (") || between.equals("(")) && closed && full.text().indexOf(' ') > 0
                && initials.text().indexOf(' ') < 0 && initials.text().length() >= 2
                && Character.isUpperCase(initials.text().charAt(0));
    }

    /** The initials of all the name's words, of its capitalised ones ("CBI"), or without the skipped small words. */
    private static boolean spells(String initials, String name, Lexicon lex) {
        String wanted = initials.replace(".", "");
        StringBuilder all = new StringBuilder();
        StringBuilder capitalised = new StringBuilder();
        for (String w : name.split(" ")) {
            if (w.isEmpty()) continue;
            all.append(w.charAt(0));
            if (Character.isUpperCase(w.charAt(0)) && !lex.initialsSkipped.contains(w)) capitalised.append(w.charAt(0));
        }
        return wanted.contentEquals(all) || wanted.contentEquals(capitalised);
    }

    /** The one type the sure mentions of either form agree on (a title, a list, a telling word beside them), or null. */
    private static EntityType agreedSureType(List<Name> names, String full, String initials) {
        EntityType agreed = null;
        for (Name n : names) {
            if (!n.text().equals(full) && !n.text().equals(initials)) continue;
            if (n.confidence() < TypeRules.Weight.NEIGHBOUR) continue;
            if (agreed != null && agreed != n.type()) return null;
            agreed = n.type();
        }
        return agreed;
    }
}
