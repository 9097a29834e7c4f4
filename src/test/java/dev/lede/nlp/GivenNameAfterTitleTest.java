package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Howard Flight … Mr Flight … Mr Howard insisted": a lone word after "Mr" (and the like) is a surname, not the given
 * name of a person the text names in full and by surname ({@link GivenNameAfterTitle}); without the title, or without
 * the person's surname alone ("Kim Yungmin … Mr Kim"), the word still names that person.
 */
class GivenNameAfterTitleTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            MP Howard Flight will not stand down, Mr Flight said. At a news conference, Mr Howard said: "We do not say one thing in private."  | Howard
            MP Howard Flight will not stand down, Mr Flight said. At a news conference, Mrs Howard said: "We do not say one thing in private." | Howard
            Minister Helen Clark spoke on Monday, Ms Clark said. Later Dr Helen said: "We will review it."                             | Helen
            Analyst Kim Yungmin spoke on Monday. Later Mr Kim said: "We will review it."                                              | Kim Yungmin
            Minister Helen Clark spoke on Monday. Later Helen said: "We will review it."                                              | Helen Clark
            MP Howard Flight will not stand down. At a news conference, Mr Flight said: "We do not say one thing in private."          | Howard Flight
            """)
    void aLoneWordAfterMrIsASurname(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker);
    }
}
