package dev.lede.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the spans of a text that name something, and guesses from the span and its neighbours what
 * kind of thing it names. Capitalisation proposes, the word lists and the context decide.
 */
final class NameFinder {

    /**
     * A name as written, its type guess, how sure that guess is (higher wins when mentions disagree), the rule that made
     * it, whether it (or its title) opens its sentence, as a sentence's subject mostly does, and whether a speech verb
     * follows it at once ("Jordan said"), as it follows someone, not a place, and whether "the" stands right before it
     * ("the Mall"), as it never does before a person's surname.
     */
    record Name(int start, int end, String text, EntityType type, int confidence, String titled, String rule, boolean opensSentence,
                boolean speaks, boolean afterThe) {
    }

    private final Lexicon lex;
    private final ProperNounTagger tagger;
    private final Coordination coordination;
    private final Headlines headlines;
    private final Titles titles;
    private final RunTrimmer trimmer;

    NameFinder(Lexicon lexicon, ProperNounTagger tagger) {
        this.lex = lexicon;
        this.tagger = tagger;
        this.coordination = new Coordination(lexicon);
        this.headlines = new Headlines(lexicon);
        this.titles = new Titles(lexicon);
        this.trimmer = new RunTrimmer(lexicon, titles);
    }

    List<Name> find(String text, List<Token> tokens) {
        boolean[] titleCase = headlines.titleCaseLines(text, tokens);
        boolean[] ambiguous = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) ambiguous[i] = titleCase[i] || tokens.get(i).sentenceInitial();
        Set<String> attested = attested(tokens, ambiguous);
        boolean[] nameLike = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            nameLike[i] = isNameLike(tokens, i, ambiguous[i], titleCase[i], attested);
        }
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameLike[i] && !startsWithParticle(tokens, nameLike, i) && !startsWithInitial(text, tokens, nameLike, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && adjacent(text, tokens, end)) {
                boolean nextIsName = end + 1 < tokens.size() && nameLike[end + 1] && adjacent(text, tokens, end + 1);
                if (nameLike[end] || surnameLikeAMonth(tokens, end, lex) || isParticleCompound(tokens.get(end))) {
                    end++;
                } else if (nextIsName && (joins(tokens, i, end) || isInitial(tokens.get(end)))) {
                    end += 2; // "Bank of England", "Roland de Marigny", "George W Bush"
                } else if (isNumber(tokens.get(end)) && (lex.isOrganizationWord(tokens.get(end - 1).lower())
                        || lex.isOrganization(text(tokens, i, end)) || lex.isNamedProduct(text(tokens, i, end)))) {
                    end++; // "BBC Radio 4", "Channel 4", "Sky Sports 2", "FTSE 100"
                } else {
                    int joined = JoinedName.joinedTokens(text, tokens, nameLike, i, end, lex, titles);
                    if (joined == 0) break;
                    end += joined; // "Office for the Coordination of Humanitarian Affairs"
                }
            }
            if (!gluedToNonName(text, tokens, i, end)) trimmer.addRun(text, tokens, i, end, names);
            i = end;
        }
        names = QuotedNickname.join(text, names, lex);
        coordination.type(text, names);
        InitialsInBrackets.type(text, names, lex);
        TermInitials.typeRepeats(names);
        return names;
    }

    /**
     * "Super Tuesday", "Good Friday": a capitalised day or month glued to the run makes it an occasion; so does a possessive
     * and "Day" or "Eve" after it ("International Women's Day", "St Patrick's Day").
     */
    private boolean gluedToNonName(String text, List<Token> tokens, int from, int to) {
        if (to + 1 < tokens.size() && isPossessive(tokens.get(to)) && tokens.get(to + 1).isCapitalized()
                && lex.occasionHeads.contains(tokens.get(to + 1).lower())) {
            return true;
        }
        if (to < tokens.size() && adjacent(text, tokens, to) && tokens.get(to).isCapitalized() && lex.occasions.contains(tokens.get(to).lower())) {
            return true;
        }
        return from > 0 && adjacent(text, tokens, from) && tokens.get(from - 1).isCapitalized()
                && lex.occasions.contains(tokens.get(from - 1).lower()) && !tokens.get(from - 1).sentenceInitial();
    }

    private static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("\u2019s");
    }

    /** "Theresa May", "Brian May": a month after a given name is a surname. */
    static boolean surnameLikeAMonth(List<Token> tokens, int i, Lexicon lex) {
        Token t = tokens.get(i);
        return t.isCapitalized() && lex.occasions.contains(t.lower()) && lex.firstNames.contains(tokens.get(i - 1).lower())
                && !lex.occasions.contains(tokens.get(i - 1).lower());
    }

    /**
     * "Jan Egeland", "Jun Ji-hyun": a month's abbreviation (not the month in full: "Last June Grewcock was banned") that is
     * also a given name, written without a dot and right before a capitalised word that is no day or month, is the given
     * name of a person, not a date.
     */
    private boolean givenNameLikeAMonth(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lower = t.lower();
        if (i + 1 >= tokens.size() || !lex.occasions.contains(lower) || !lex.firstNames.contains(lower)) return false;
        // An abbreviation ("jan" of "january"), not a month in full: "Last June Grewcock was banned", "In June I will".
        if (lex.occasions.stream().noneMatch(o -> o.length() > lower.length() && o.startsWith(lower))) return false;
        Token next = tokens.get(i + 1);
        return next.start() - t.end() == 1 && next.isWord() && next.isCapitalized() && !Character.isDigit(next.text().charAt(0))
                && !lex.occasions.contains(next.lower());
    }

    /** "G Murphy", "J. Smith": a lone capital before a name is its owner's initial (but "A" and "I" are words). */
    private static boolean startsWithInitial(String text, List<Token> tokens, boolean[] nameLike, int i) {
        Token t = tokens.get(i);
        return isInitial(t) && !t.text().equals("A") && !t.text().equals("I") && i + 1 < tokens.size() && nameLike[i + 1]
                && adjacent(text, tokens, i + 1);
    }

    private static boolean isInitial(Token t) {
        return TypeRules.isInitial(t);
    }

    private static boolean isNumber(Token t) {
        return t.text().chars().allMatch(Character::isDigit);
    }

    /** "I'm", "We're", "Don't": a capital that starts a sentence, not a name. */
    private boolean isContraction(Token t) {
        String w = t.text();
        int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
        if (apostrophe < 0) return false;
        String tail = w.substring(apostrophe + 1);
        return lex.contractions.contains(tail);
    }

    /** Words seen capitalised where a capital means a name: the evidence for the ambiguous places. */
    private Set<String> attested(List<Token> tokens, boolean[] ambiguous) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!ambiguous[i] && t.isWord() && t.isCapitalized() && !lex.functionWords.contains(t.lower())) out.add(t.lower());
        }
        return out;
    }

    private boolean isNameLike(List<Token> tokens, int i, boolean ambiguous, boolean titleCase, Set<String> attested) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalized() || Character.isDigit(t.text().charAt(0))) return false;
        if (isContraction(t) || t.text().length() == 1) return false; // "I", "A", an initial on its own
        String lower = t.lower();
        if (givenNameLikeAMonth(tokens, i)) return true;
        if (lex.nonNames.contains(lower) || lex.nonNames.contains(t.bare())) return false;
        if (!ambiguous) return true;
        // "BBC", "NATO"; longer capitals only when they spell a place, as a dateline does ("TILBURG —").
        if (t.isAcronym() && (t.text().length() <= 6 || lex.isCityWhenSaidToBeAPlace(lower))) return true;
        if (titles.isTitleAt(tokens, i, tokens.size())) return true; // "Mr Smith is…", "Home Secretary X" — stripped later
        if (lex.functionWords.contains(lower)) return startsKnownName(tokens, i); // "New Hampshire", "The Hague"
        if (startsKnownName(tokens, i)) return true; // "United States radio host …", "Associated Press reported"
        if (attested.contains(lower) || lex.isLocation(t.text()) || titles.isTitleToken(t) || lex.demonyms.contains(lower)) return true;
        if (titleCase) return lex.isOrganization(t.text());
        // "Tony Blair said" opens with a given name; "Will the…" and "Bill passed" ask the tagger like any other word.
        boolean nameFollows = i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized();
        return lex.firstNames.contains(lower) && nameFollows || tagger.isProperNoun(tokens, i);
    }

    private boolean startsKnownName(List<Token> tokens, int i) {
        for (int end = i + 2; end <= Math.min(tokens.size(), i + 4); end++) {
            String name = text(tokens, i, end);
            if (lex.isLocation(name) || lex.isOrganization(name)) return true;
        }
        return false;
    }

    private boolean startsWithParticle(List<Token> tokens, boolean[] nameLike, int i) {
        Token t = tokens.get(i);
        return lex.particles.contains(t.text()) && i + 1 < tokens.size() && nameLike[i + 1]
                && !lex.isLocation(tokens.get(i + 1).text()) && !lex.isOrganization(tokens.get(i + 1).text());
    }

    static boolean adjacent(String text, List<Token> tokens, int i) {
        // Names never run across a line break or punctuation.
        int gapStart = tokens.get(i - 1).end();
        int gapEnd = tokens.get(i).start();
        if (gapEnd - gapStart > 2) return false;
        for (int c = gapStart; c < gapEnd; c++) {
            if (text.charAt(c) != ' ') return false; // "Patrick  Gillett" with a doubled space is still one name
        }
        return true;
    }

    /** May the lower-case word at {@code at} join the run [from, at) to the capitalised word after it? */
    private boolean joins(List<Token> tokens, int from, int at) {
        Token joiner = tokens.get(at);
        String w = joiner.text();
        if (lex.particles.contains(w)) return true;
        if (!lex.joiners.contains(w.toLowerCase(Locale.ROOT))) return false;
        if (w.equals("&")) return true;
        Token left = tokens.get(at - 1);
        String joined = text(tokens, from, at + 2).toLowerCase(Locale.ROOT);
        if (lex.organizations.contains(joined) || lex.locations.contains(joined)) return true;
        if (w.equals("and")) {
            return AndInName.joins(tokens, from, at, lex);
        }
        String l = left.lower();
        return lex.isOrganizationWord(l) || titles.isTitleToken(left)
                || lex.ofHeads.contains(l);
    }

    /** "al-Quaety", "bin-Talal": a lower-case particle joined to a capitalised name by a hyphen. */
    private boolean isParticleCompound(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && lex.particles.contains(w.substring(0, dash))
                && Character.isUpperCase(w.charAt(dash + 1));
    }

    static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (i > from) b.append(' ');
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    static boolean containsOrganizationWord(List<Token> tokens, int from, int to, Lexicon lex) {
        for (int i = from; i < to; i++) {
            if (lex.isOrganizationWord(tokens.get(i).bare())) return true;
        }
        return false;
    }
}
