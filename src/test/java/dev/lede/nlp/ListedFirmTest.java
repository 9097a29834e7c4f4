package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule {@code listed-firm}: a name of the generated list of firms and brands is a body, unless the words around it
 * (a title, a role noun, a place preposition) say what it is first.
 */
class ListedFirmTest {

    private static final Lexicon LEX = Lexicon.get();
    private static final NameFinder FINDER = new NameFinder(LEX, new ProperNounTagger());

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Other firms that cut jobs include Kimberly-Clark.               | Kimberly-Clark    | listed-firm       | ORGANIZATION
            The odds were cut by Ladbrokes on Monday.                       | Ladbrokes         | listed-firm       | ORGANIZATION
            The pipeline was built for Sberbank last year.                  | Sberbank          | listed-firm       | ORGANIZATION
            A deal with Lockheed Martin was signed on Monday.               | Lockheed Martin   | listed-firm       | ORGANIZATION
            Later Mr Danaher told the court he had left.                    | Danaher           | person-title      | PERSON
            Coach hopes were raised by striker Danaher today.               | Danaher           | role-noun-before  | PERSON
            They grew up together in Mothercare years ago.                  | Mothercare        | place-preposition | LOCATION
            Pupils sat their SATs in May.                                   | SATs              | no-evidence       | OTHER
            Quorbco Danfield said the odds had shortened.                   | Quorbco Danfield  | speaking-name     | PERSON
            """)
    void typesAListedFirmAfterTheWordsAround(String sentence, String name, String rule, EntityType type) {
        List<NameFinder.Name> names = FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence));
        NameFinder.Name found = names.stream().filter(n -> n.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no name \"" + name + "\" in " + names));
        assertThat(found.rule()).isEqualTo(rule);
        assertThat(found.type()).isEqualTo(type);
    }
}
