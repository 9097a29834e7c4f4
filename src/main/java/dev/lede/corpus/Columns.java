package dev.lede.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column or field holds each part of an article: the user's choices ({@code --columns title=headline,text=body})
 * first, the common names of {@link ArticleField} for the rest.
 */
public final class Columns {

    public static final Columns COMMON_NAMES = new Columns(Map.of());

    private final Map<ArticleField, String> chosen;

    private Columns(Map<ArticleField, String> chosen) {
        this.chosen = chosen;
    }

    /** The user's choices in field order ("title=headline,text=body"), "" for the common names alone. */
    public String choices() {
        StringBuilder out = new StringBuilder();
        for (ArticleField f : ArticleField.values()) {
            if (chosen.containsKey(f)) out.append(out.isEmpty() ? "" : ",").append(f.word()).append('=').append(chosen.get(f));
        }
        return out.toString();
    }

    /**
     * Parses {@code title=headline,text=body}.
     *
     * @throws IllegalArgumentException naming what is wrong, for a one-line message
     */
    public static Columns parse(String spec) {
        Map<ArticleField, String> chosen = new EnumMap<>(ArticleField.class);
        for (String pair : spec.split(",")) {
            int equals = pair.indexOf('=');
            String field = equals < 0 ? pair.strip() : pair.substring(0, equals).strip();
            String column = equals < 0 ? "" : pair.substring(equals + 1).strip();
            ArticleField part = null;
            for (ArticleField f : ArticleField.values()) {
                if (f.word().equals(field.toLowerCase(Locale.ROOT))) part = f;
            }
            if (part == null || column.isEmpty()) {
                throw new IllegalArgumentException("expected FIELD=COLUMN with FIELD one of title, text, date,"
                        + " url, source, author, got \"" + pair.strip() + "\"");
            }
            chosen.put(part, column);
        }
        return new Columns(Collections.unmodifiableMap(chosen));
    }

    /** The column the user named for this part, if any. */
    Optional<String> chosen(ArticleField field) {
        return Optional.ofNullable(chosen.get(field));
    }

    /**
     * Where each part is among a header's or an object's {@code names}, indexed by {@link ArticleField#ordinal()}:
     * the user's choice (any case), else the most specific common name present; -1 when there is none.
     */
    int[] locate(List<String> names) {
        List<String> keys = new ArrayList<>(names.size());
        for (String name : names) keys.add(ArticleField.key(name));
        int[] at = new int[ArticleField.values().length];
        for (ArticleField field : ArticleField.values()) {
            at[field.ordinal()] = chosen.containsKey(field) ? chosenIn(field, names) : commonIn(field, names, keys);
        }
        return at;
    }

    private int chosenIn(ArticleField field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(chosen.get(field))) return i;
        }
        return -1;
    }

    private int commonIn(ArticleField field, List<String> names, List<String> keys) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < keys.size(); i++) {
            int rank = field.rank(keys.get(i));
            if (rank >= 0 && rank < bestRank && !takenByChoice(names.get(i))) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A column the user gave to one part is not also guessed for another. */
    private boolean takenByChoice(String name) {
        return !chosen.isEmpty() && chosen.values().stream().anyMatch(c -> c.equalsIgnoreCase(name.strip()));
    }

    /** The names looked for, for a message: the user's choice, or the first common names. */
    String lookedFor(ArticleField field) {
        String wanted = chosen.get(field);
        if (wanted != null) return "\"" + wanted + "\"";
        List<String> names = new ArrayList<>(field.names().subList(0, Math.min(4, field.names().size())));
        return String.join(", ", names) + ", …";
    }
}
