package dev.lede.nlp;

import java.util.List;

/**
 * "((Sara Seager))  I think …": a name alone in double brackets that open a line labels the turn of an interview that
 * follows, and a turn is spoken by a person; the interviewer's label, its outlet's initials ("((WN))"), is left to the
 * other rules. The brackets must hold nothing but the name.
 */
final class InterviewLabel {

    static final String RULE = "interview-label";

    private InterviewLabel() {
    }

    /** Whether the candidate is the whole of a turn's label in double brackets at a line's start, and not initials. */
    static boolean namesTheSpeaker(TypeRules.Candidate c) {
        List<Token> t = c.tokens;
        if (c.from < 2 || c.to + 1 >= t.size() || c.first().isAcronym() && c.words() == 1) return false;
        Token open = t.get(c.from - 2);
        Token inner = t.get(c.from - 1);
        Token close = t.get(c.to);
        Token outer = t.get(c.to + 1);
        boolean brackets = open.text().equals("(") && inner.text().equals("(") && close.text().equals(")") && outer.text().equals(")")
                && open.end() == inner.start() && close.end() == outer.start();
        // The label opens its line: its first bracket begins a sentence of its own.
        boolean opensLine = c.from == 2 || t.get(c.from - 3).sentence() != open.sentence();
        return brackets && opensLine;
    }
}
