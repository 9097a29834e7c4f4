package dev.lede.nlp;

/**
 * The passes of the speaker sieve, in the order they are tried; the first that decides names the speaker
 * (or decides that the text names nobody). {@code lede export --explain} shows which one decided.
 */
public enum SpeakerPass {
    /** A transcript's label opens the quote: "PENCE: Well, …". */
    TRANSCRIPT("transcript"),
    /** A name after a dash right behind the quote, as under a pull quote or a reader's comment: "…" ― Jane Doe. */
    DASH_BYLINE("dash-byline"),
    /** The quote is the title of a work, a programme or an event ('MSNBC's "Morning Joe"'): nobody says it. */
    WORK_TITLE("work-title"),
    /** A quote that carries on the one before it (a paragraph reopened with a mark) keeps its speaker. */
    CONTINUATION("continuation"),
    /** The frame after the quote in its sentence: "…," Smith said / said Smith / the minister added. */
    FRAME_AFTER("frame-after"),
    /** The frame before the quote in its sentence: Smith said that "…" / according to Smith, "…". */
    FRAME_BEFORE("frame-before"),
    /** The frame's subject names nobody ("a spokesman said", "one voter said", "the letter reads"): blank. */
    UNNAMED("unnamed"),
    /** "I said" in an interview answer: the person the answer's label names ("((Zara Kay)) … and I said, "…""). */
    INTERVIEW_TURN("interview-turn"),
    /** A headline that opens with who speaks: "Sanders: Clinton needs to '…'", "Christie Calls Clinton 'A Disgrace'". */
    HEADLINE_SUBJECT("headline-subject"),
    /** The clause ending in a colon just before the quote: 'The Times reports: "…"'. */
    COLON_INTRO("colon-intro"),
    /** No frame of its own: the speaker of the quote just before. */
    PREVIOUS_QUOTE("previous-quote"),
    /** No frame and no quote before: the frame of the sentence before, or the person that sentence opens with. */
    PREVIOUS_SENTENCE("previous-sentence"),
    /** No frame at all: the subject of the quote's own sentence ("Trump is promising lower taxes and "jobs, jobs, jobs""). */
    SENTENCE_SUBJECT("sentence-subject"),
    /**
     * Tried last, once the body's quotes have speakers: a headline quote no other pass decided, whose words a body quote
     * holds in full and the narration does not use, is that quote's speaker's ("Obama Sees 'Personal Insult'" above "… a
     * "personal insult," Mr. Obama said").
     */
    HEADLINE_ECHO("headline-echo");

    private final String label;

    SpeakerPass(String label) {
        this.label = label;
    }

    /** The name the export prints: "frame-after". */
    public String label() {
        return label;
    }
}
