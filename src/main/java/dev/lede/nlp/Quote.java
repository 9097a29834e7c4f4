package dev.lede.nlp;

/**
 * A direct quote: the characters between the quotation marks.
 *
 * @param speaker       the speaking entity's name, or null when the text does not say
 * @param speakerEntity the speaking entity's id, or null
 */
public record Quote(int start, int end, String text, String speaker, String speakerEntity) {
}
