package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name spelled out with its initials in brackets takes the type that the article surely gives either form. */
class InitialsInBracketsTest {

    private static final Lexicon LEX = Lexicon.get();
    private static final NameFinder FINDER = new NameFinder(LEX, new ProperNounTagger());

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A woman is suing Quorbian Widget Makers (QWM) over ink. QWM spokesman John Smith denied it.        | Quorbian Widget Makers     | ORGANIZATION
            It joined the Quorbian Dairy Farmers (QDF). Later QDF chairman Tom Jones spoke.                  | Quorbian Dairy Farmers     | ORGANIZATION
            Most homes use Digital Subscriber Line (DSL) now. DSL speeds have risen.                          | Digital Subscriber Line    | OTHER
            It was led by the Quorbian Widget Makers (QWM) last year.                                         | Quorbian Widget Makers     | OTHER
            """)
    void aSpelledOutNameTakesTheSureTypeOfItsBracketedInitials(String text, String name, EntityType type) {
        assertThat(FINDER.find(text, new Tokenizer(LEX).tokenize(text))).as("names in \"%s\"", text)
                .anySatisfy(n -> {
                    assertThat(n.text()).isEqualTo(name);
                    assertThat(n.type()).isEqualTo(type);
                });
    }
}
