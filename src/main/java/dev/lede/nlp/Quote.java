package dev.lede.nlp;

/**
 * A direct quote: the characters between the quotation marks.
 *
 * @param speaker       the speaking entity's name, or null when the text does not say
 * @param speakerEntity the speaking entity's id, or null
 * @param speakerPass   the sieve pass that decided the speaker ("frame-after", "unnamed", …), or null
 */
public record Quote(int start, int end, String text, String speaker, String speakerEntity, String speakerPass) {

    /** A quote whose speaker's pass is not known (built by hand, or read from an older cache entry). */
    public Quote(int start, int end, String text, String speaker, String speakerEntity) {
        this(start, end, text, speaker, speakerEntity, null);
    }
}
