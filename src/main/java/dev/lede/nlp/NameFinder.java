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

    NameFinder(Lexicon lexicon, ProperNounTagger tagger) {
        this.lex = lexicon;
        this.tagger = tagger;
        this.coordination = new Coordination(lexicon);
    }

    List<Name> find(String text, List<Token> tokens) {
        boolean[] titleCase = titleCaseLines(text, tokens);
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
                if (nameLike[end] || surnameLikeAMonth(tokens, end) || isParticleCompound(tokens.get(end))) {
                    end++;
                } else if (nextIsName && (joins(tokens, i, end) || isInitial(tokens.get(end)))) {
                    end += 2; // "Bank of England", "Roland de Marigny", "George W Bush"
                } else if (isNumber(tokens.get(end)) && (lex.isOrganizationWord(tokens.get(end - 1).lower())
                        || lex.isOrganization(text(tokens, i, end)))) {
                    end++; // "BBC Radio 4", "Channel 4", "Sky Sports 2"
                } else {
                    break;
                }
            }
            if (!gluedToNonName(text, tokens, i, end)) addRun(text, tokens, i, end, names);
            i = end;
        }
        coordination.type(text, names);
        return names;
    }

    /** "Super Tuesday", "Good Friday": a capitalised day or month glued to the run makes it an occasion. */
    private boolean gluedToNonName(String text, List<Token> tokens, int from, int to) {
        if (to < tokens.size() && adjacent(text, tokens, to) && tokens.get(to).isCapitalized() && lex.occasions.contains(tokens.get(to).lower())) {
            return true;
        }
        return from > 0 && adjacent(text, tokens, from) && tokens.get(from - 1).isCapitalized()
                && lex.occasions.contains(tokens.get(from - 1).lower()) && !tokens.get(from - 1).sentenceInitial();
    }

    private boolean isPersonName(List<Token> tokens, int from, int to) {
        if (containsOrganizationWord(tokens, from, to) || lex.isLocation(text(tokens, from, to))) return false;
        if (to - from == 1 && lex.lawWords.contains(tokens.get(from).lower())) return false; // "Criminal Justice Bill"
        return lex.firstNames.contains(tokens.get(from).lower()) || to - from >= 2 && to - from <= 3;
    }

    /** "Shadow Secretary of State": title words from {@code start}, then "of". */
    private boolean titleOfFollows(List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && isTitleAt(tokens, i, to)) i++;
        return i > start && i < to && tokens.get(i).lower().equals("of");
    }

    /** "Theresa May", "Brian May": a month after a given name is a surname. */
    private boolean surnameLikeAMonth(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isCapitalized() && lex.occasions.contains(t.lower()) && lex.firstNames.contains(tokens.get(i - 1).lower())
                && !lex.occasions.contains(tokens.get(i - 1).lower());
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

    /** Words of Title Case lines (headlines), whose capitals say nothing about names. */
    private boolean[] titleCaseLines(String text, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        int lineStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean newLine = i == tokens.size() || Tokenizer.hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start());
            if (newLine) {
                if (isTitleCase(tokens.subList(lineStart, i), lineStart == 0 && i < tokens.size())) {
                    for (int j = lineStart; j < i; j++) out[j] = true;
                }
                lineStart = i;
            }
        }
        return out;
    }

    /**
     * A headline: short, three in four of its longer words capitalised, and no closing full stop unless it is the
     * text's first line and a body follows (some archives end every title with one: "Hillary Clinton Speaks 'Directly To …'.").
     */
    private boolean isTitleCase(List<Token> line, boolean firstLine) {
        if (line.isEmpty() || line.size() > 40 || !firstLine && line.get(line.size() - 1).text().equals(".")) return false;
        int words = 0;
        int capitalized = 0;
        for (Token t : line) {
            if (t.isWord() && t.text().length() > 3 && !lex.functionWords.contains(t.lower())) {
                words++;
                if (t.isCapitalized()) capitalized++;
            }
        }
        // A first line ending in a full stop may be a sentence ("Anna Berg met Tom Price."): it takes more words to tell.
        int enough = line.get(line.size() - 1).text().equals(".") ? 5 : 3;
        return words >= enough && capitalized * 4 >= words * 3;
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
        if (lex.nonNames.contains(lower) || lex.nonNames.contains(t.bare())) return false;
        if (!ambiguous) return true;
        // "BBC", "NATO"; longer capitals only when they spell a place, as a dateline does ("TILBURG —").
        if (t.isAcronym() && (t.text().length() <= 6 || lex.isCityWhenSaidToBeAPlace(lower))) return true;
        if (isTitleAt(tokens, i, tokens.size())) return true; // "Mr Smith is…", "Home Secretary X" — stripped later
        if (lex.functionWords.contains(lower)) return startsKnownName(tokens, i); // "New Hampshire", "The Hague"
        if (startsKnownName(tokens, i)) return true; // "United States radio host …", "Associated Press reported"
        if (attested.contains(lower) || lex.isLocation(t.text()) || isTitleToken(t) || lex.demonyms.contains(lower)) return true;
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

    private boolean isTitleToken(Token t) {
        String bare = t.bare();
        // "RT" and "DET" in capitals with no dot are acronyms, not the abbreviated titles "Rt" and "Det".
        if (bare.equals(t.lower()) && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !lex.titleWords.contains(bare)) {
            return false;
        }
        // "Presidents George W Bush and Bill Clinton": a plural title is still a title.
        boolean plural = bare.length() > 4 && bare.endsWith("s") && lex.titles.contains(bare.substring(0, bare.length() - 1));
        return lex.titles.contains(t.lower()) || lex.titles.contains(bare) || plural;
    }

    /** A title word, or a modifier that a title word follows: "Home Secretary", "Prime Minister". */
    private boolean isTitleAt(List<Token> tokens, int i, int to) {
        if (isTitleToken(tokens.get(i))) return true;
        return i + 1 < to && lex.titleModifiers.contains(tokens.get(i).lower()) && isTitleAt(tokens, i + 1, to);
    }

    private boolean startsWithParticle(List<Token> tokens, boolean[] nameLike, int i) {
        Token t = tokens.get(i);
        return lex.particles.contains(t.text()) && i + 1 < tokens.size() && nameLike[i + 1]
                && !lex.isLocation(tokens.get(i + 1).text()) && !lex.isOrganization(tokens.get(i + 1).text());
    }

    private static boolean adjacent(String text, List<Token> tokens, int i) {
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
        return lex.isOrganizationWord(l) || isTitleToken(left)
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

    /** Strips what is not the name (titles, "The", nationality words) from a run and types what is left. */
    private void addRun(String text, List<Token> tokens, int from, int to, List<Name> out) {
        while (to - from > 1 && lex.functionWords.contains(tokens.get(to - 1).lower()) && !tokens.get(to - 1).isAcronym()
                && !surnameLikeAMonth(tokens, to - 1)) {
            to--; // "Africa But" when a full stop went missing
        }
        String whole = text(tokens, from, to);
        String wholeLower = whole.toLowerCase(Locale.ROOT);
        if (from + 1 < to && (lex.isOrganization(whole) || lex.isLocation(whole))) {
            emit(text, tokens, from, to, null, out);
            return;
        }
        int start = from;
        if (tokens.get(start).lower().equals("the") && start + 1 < to) start++;
        // Split a run at a location that opens it: "U.S. Secretary of State Mike Pompeo", "London Asharq".
        String title = null;
        int firstTitle = -1;
        boolean orgOrPlace = false;
        while (start < to) {
            Token t = tokens.get(start);
            orgOrPlace = isOrgOrPlaceHead(tokens.get(to - 1).lower()) || containsOrganizationWord(tokens, start, to);
            boolean thePlace = to - start == 1 && lex.isLocation(t.text()) && start > 0 && tokens.get(start - 1).lower().equals("the");
            if (lex.demonyms.contains(t.lower()) && !orgOrPlace && !(firstTitle >= 0 && start + 1 == to) && !thePlace) {
                start++;
            } else if (isTitleAt(tokens, start, to) && !SurnameAfterHonorific.at(tokens, from, start, to, lex, this::isTitleToken)
                    && !lex.isOrganization(text(tokens, start, to)) && (!orgOrPlace || titleOfFollows(tokens, start, to)) && !functionWordAfterTitle(tokens, start, to)) {
                if (firstTitle < 0) firstTitle = start;
                start++;
                if (start + 1 < to && lex.joiners.contains(tokens.get(start).lower())) {
                    // "Mayor of New York City" names a place; "Secretary of State Mike Pompeo" a person.
                    int place = knownPrefix(tokens, start + 1, to);
                    if (place > start + 1) {
                        emit(text, tokens, start + 1, place, null, out);
                        start = place;
                    } else {
                        start += 2;
                    }
                }
            } else if (startsWithPlaceBeforeName(tokens, start, to)) {
                // "U.S. Secretary of State Mike Pompeo", "United States Democratic Party"
                int place = knownPrefix(tokens, start, to);
                emit(text, tokens, start, place, null, out);
                start = place;
            } else {
                break;
            }
        }
        // "(Trade and) Industry Secretary Patricia Hewitt": a title word inside the run ends the title there.
        for (int p = to - 2; p > start; p--) {
            if (isTitleToken(tokens.get(p)) && isPersonName(tokens, p + 1, to)) {
                if (firstTitle < 0) firstTitle = start;
                start = p + 1;
                break;
            }
        }
        // "Secretary of Justice for Puerto Rico": what follows a title and a joining word is a place or a body, not a person.
        if (firstTitle >= 0 && start + 1 < to && lex.joiners.contains(tokens.get(start).lower())) {
            emit(text, tokens, start + 1, to, null, out);
            return;
        }
        if (start < to && WordBeforeName.at(text, tokens, start, to, firstTitle >= 0, lex)) start++;
        if (firstTitle >= 0) title = text.substring(tokens.get(firstTitle).start(), tokens.get(start - 1).end());
        if (start >= to) return;
        if (wholeLower.startsWith("the ") && start == from + 1 && title == null && to - start == 1) {
            // "The Observer", "The Atlantic": a capitalised "The" mid-sentence belongs to a title of a publication.
            emit(text, tokens, start, to, "the", out);
            return;
        }
        emit(text, tokens, start, to, title, out);
    }

    /** "Reporters Without Borders": a title word followed by a capitalised function word opens a name, not a title. */
    private boolean functionWordAfterTitle(List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && isTitleAt(tokens, i, to)) i++;
        return i < to && lex.functionWords.contains(tokens.get(i).lower()) && !lex.joiners.contains(tokens.get(i).lower());
    }

    private boolean startsWithPlaceBeforeName(List<Token> tokens, int start, int to) {
        int place = knownPrefix(tokens, start, to);
        if (place == start || place >= to) return false; // "FBI Director James Comey", "U.S. Secretary of State …"
        Token next = tokens.get(place);
        String rest = text(tokens, place, to);
        // "United Nations General Assembly": a title word that opens an organization's name is not a title.
        boolean titled = isTitleAt(tokens, place, to) && !lex.isOrganizationWord(tokens.get(to - 1).bare());
        return titled || lex.demonyms.contains(next.lower()) || lex.isOrganization(rest)
                || (lex.firstNames.contains(next.lower()) && to - place >= 2);
    }

    /** The end of the longest known place or organization that starts the tokens at {@code from}, or {@code from}. */
    private int knownPrefix(List<Token> tokens, int from, int to) {
        for (int end = to; end > from; end--) {
            String name = text(tokens, from, end);
            if (lex.isLocation(name) || lex.isOrganization(name)) return end;
        }
        return from;
    }

    private boolean containsOrganizationWord(List<Token> tokens, int from, int to) {
        return containsOrganizationWord(tokens, from, to, lex);
    }

    static boolean containsOrganizationWord(List<Token> tokens, int from, int to, Lexicon lex) {
        for (int i = from; i < to; i++) {
            if (lex.isOrganizationWord(tokens.get(i).bare())) return true;
        }
        return false;
    }

    private boolean isOrgOrPlaceHead(String lower) {
        return lex.isOrganizationWord(lower) || lex.locationWords.contains(lower);
    }

    private void emit(String text, List<Token> tokens, int from, int to, String title, List<Name> out) {
        // A lone demonym or title is not a name ("Iranian", "President").
        if (to - from == 1) {
            Token t = tokens.get(from);
            boolean honoured = title != null && lex.honorifics.contains(title.toLowerCase(Locale.ROOT).replace(".", ""));
            boolean function = lex.functionWords.contains(t.lower()) && !t.isAcronym(); // "US" is not "us"
            boolean titleWord = isTitleToken(t) || lex.titleModifiers.contains(t.lower());
            // "the Caribbean", "the Arctic": after "the" a demonym that is also a place's name is the place.
            boolean place = lex.isLocation(t.text()) && from > 0 && tokens.get(from - 1).lower().equals("the");
            if (!honoured && (lex.demonyms.contains(t.lower()) && !place || titleWord || function)) return;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String name = text.substring(start, end);
        TypeRules.Verdict verdict = TypeRules.type(new TypeRules.Candidate(tokens, from, to, name, title, lex));
        int first = from;
        while (first > 0 && !tokens.get(first).sentenceInitial() && tokens.get(first - 1).isWord() && tokens.get(first - 1).isCapitalized()) {
            first--; // "Coach Andy Robinson was pleased": the title opens the sentence
        }
        boolean speaks = to < tokens.size() && SpeechWords.isActiveSpeechVerb(tokens, to);
        // "the Shinawatra family", "the Bush administration": a surname can follow "the" as a noun's modifier.
        boolean afterThe = from > 0 && tokens.get(from - 1).lower().equals("the")
                && !(to < tokens.size() && lex.surnameModifiedNouns.contains(tokens.get(to).lower()));
        out.add(new Name(start, end, name, verdict.type(), verdict.weight(), title, verdict.rule(), tokens.get(first).sentenceInitial(), speaks, afterThe));
    }
}
