package dev.lede.nlp;

import java.util.Locale;
import java.util.Optional;

/**
 * The documented alias tables ({@code aliases.txt}, and the ISO 3166 names in {@code generated/country-aliases.txt}):
 * the forms of one country or body, as the annotator merges them within an article and the corpus links them across.
 */
public final class AliasTable {

    private AliasTable() {
    }

    /** The usual name, lower case, of a form a table lists ("UK", "Great Britain" → "united kingdom"); else empty. */
    public static Optional<String> usualName(String form) {
        return Optional.ofNullable(Lexicon.get().canonical.get(form.toLowerCase(Locale.ROOT)));
    }
}
