package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.List;
import java.util.Locale;

/**
 * Strips what is not the name (titles, "The", nationality words, a place that opens the run) from a run of capitalised
 * words, splits off the places and bodies it holds, and types what is left.
 */
final class RunTrimmer {

    private final Lexicon lex;
    private final Titles titles;

    RunTrimmer(Lexicon lexicon, Titles titles) {
        this.lex = lexicon;
        this.titles = titles;
    }

    /** Adds the names of the run [from, to) to {@code out}. */
    void addRun(String text, List<Token> tokens, int from, int to, List<Name> out) {
        while (to - from > 1 && lex.functionWords.contains(tokens.get(to - 1).lower()) && !tokens.get(to - 1).isAcronym()
                && !NameFinder.surnameLikeAMonth(tokens, to - 1, lex)) {
            to--; // "Africa But" when a full stop went missing
        }
        String whole = NameFinder.text(tokens, from, to);
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
            orgOrPlace = isOrgOrPlaceHead(tokens.get(to - 1).lower()) || NameFinder.containsOrganizationWord(tokens, start, to, lex);
            boolean thePlace = to - start == 1 && namedAfterThe(tokens, start);
            if (firstTitle >= 0 && TitleInName.opensName(tokens, start, to, lex)) {
                break; // "Gov. Earl Ray Tomblin", "Actor Christian Slater"
            } else if (lex.demonyms.contains(t.lower()) && !orgOrPlace && !(firstTitle >= 0 && start + 1 == to) && !thePlace
                    && !tokens.get(start + 1 < to ? start + 1 : start).text().equals("&")) { // not "Scottish & Newcastle"
                start++;
            } else if (titles.isTitleAt(tokens, start, to) && !SurnameAfterHonorific.at(tokens, from, start, to, lex, titles::isTitleToken)
                    && !lex.isOrganization(NameFinder.text(tokens, start, to)) && (!orgOrPlace || titles.titleOfFollows(tokens, start, to))
                    && !titles.functionWordAfterTitle(tokens, start, to)) {
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
            } else if (start == from && t.sentenceInitial() && lex.roleNouns.contains(t.lower()) && start + 1 < to
                    && lex.firstNames.contains(tokens.get(start + 1).lower())) {
                start++; // "Guitarist Brian May said": a role noun capitalised only because it opens the sentence
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
            if (titles.isTitleToken(tokens.get(p)) && isPersonName(tokens, p + 1, to) && !TitleInName.followsGivenName(tokens, start, p, to, lex, titles)) {
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

    private boolean isPersonName(List<Token> tokens, int from, int to) {
        if (NameFinder.containsOrganizationWord(tokens, from, to, lex) || lex.isLocation(NameFinder.text(tokens, from, to))) return false;
        if (to - from == 1 && lex.lawWords.contains(tokens.get(from).lower())) return false; // "Criminal Justice Bill"
        return lex.firstNames.contains(tokens.get(from).lower()) || to - from >= 2 && to - from <= 3;
    }

    private boolean startsWithPlaceBeforeName(List<Token> tokens, int start, int to) {
        int place = knownPrefix(tokens, start, to);
        if (place == start || place >= to) return false; // "FBI Director James Comey", "U.S. Secretary of State …"
        Token next = tokens.get(place);
        String rest = NameFinder.text(tokens, place, to);
        // "United Nations General Assembly": a title word that opens an organization's name is not a title.
        boolean titled = titles.isTitleAt(tokens, place, to) && !lex.isOrganizationWord(tokens.get(to - 1).bare());
        // "Scotland Six Nations match", "The London FTSE fell": a place before a listed contest or index stands apart; a
        // sponsor's or maker's name stays ("RBS Six Nations", "Oracle Linux").
        boolean placeBeforeEvent = (lex.isNamedEvent(rest) || lex.isNamedProduct(rest))
                && lex.isLocation(NameFinder.text(tokens, start, place));
        return titled || lex.demonyms.contains(next.lower()) || lex.isOrganization(rest) || placeBeforeEvent
                || (lex.firstNames.contains(next.lower()) && to - place >= 2);
    }

    /** The end of the longest known place or organization that starts the tokens at {@code from}, or {@code from}. */
    private int knownPrefix(List<Token> tokens, int from, int to) {
        for (int end = to; end > from; end--) {
            String name = NameFinder.text(tokens, from, end);
            if (lex.isLocation(name) || lex.isOrganization(name)) return end;
        }
        return from;
    }

    private boolean isOrgOrPlaceHead(String lower) {
        return lex.isOrganizationWord(lower) || lex.locationWords.contains(lower);
    }

    /**
     * A demonym alone that, after "the", is a name: "the Caribbean", "the Arctic" (a place's name), "the Conservatives",
     * "the Democrats" (a group's plural that is also a listed body's name: the party).
     */
    private boolean namedAfterThe(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean afterThe = i > 0 && tokens.get(i - 1).lower().equals("the");
        return afterThe && (lex.isLocation(t.text()) || lex.peoples.contains(t.lower()) && lex.isOrganization(t.text()));
    }

    private void emit(String text, List<Token> tokens, int from, int to, String title, List<Name> out) {
        // A lone demonym or title is not a name ("Iranian", "President").
        if (to - from == 1) {
            Token t = tokens.get(from);
            boolean honoured = title != null && lex.honorifics.contains(title.toLowerCase(Locale.ROOT).replace(".", ""));
            boolean function = lex.functionWords.contains(t.lower()) && !t.isAcronym(); // "US" is not "us"
            boolean titleWord = titles.isTitleToken(t) || lex.titleModifiers.contains(t.lower());
            if (!honoured && (lex.demonyms.contains(t.lower()) && !namedAfterThe(tokens, from) || titleWord || function)) return;
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
