package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.List;
import java.util.Locale;

/**
 * "Howard Flight … Mr Flight … Mr Howard insisted": a lone word written after a title of address that goes before a
 * surname ({@code surname-titles.txt}) is somebody's surname, so it does not name again a person whose given name it is
 * when the text names that person by their own surname too; the merger asks this before it joins a lone word to a
 * longer name by its first word. Without the person's surname alone the first word may be a family name written first
 * ("Kim Yungmin … Mr Kim", "Dr Khoo Kay Peng … Dr Khoo").
 */
final class GivenNameAfterTitle {

    private GivenNameAfterTitle() {
    }

    /** Whether any of these mentions of one word follows "Mr", "Mrs", "Ms", "Miss" or "Dr". */
    static boolean followsSurnameTitle(List<Name> names, Lexicon lex) {
        for (Name n : names) {
            String title = n.titled();
            if (title != null && lex.surnameTitles.contains(title.replace(".", "").toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
