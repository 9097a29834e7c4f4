package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a New York Times article … the Times wrote", "the Quorland Security Council … the Security Council": a body named
 * again by the last words of its name after "the" is that body, when one longer body name of the text alone ends with
 * them (one word only for a newspaper named for its place, not the Financial Times) ({@code BodyNameTail}); "the U.N. Security Council" is "the United
 * Nations Security Council" ({@code LeadingInitials}).
 */
class BodyNameTailTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Based on a New York Times article, Anna Berg spoke on Tuesday. The Times on Saturday wrote that the loss was large.                                   | Times            | New York Times
            The Quorland Security Council met on Friday. Later the Security Council issued a statement on the test.                                              | Security Council | Quorland Security Council
            The New York Times and the Los Angeles Times both ran the story. The Times said on Monday that the loss was large.                                   | Times            | The Times
            The Quorland Transport Council met on Friday. Later the Council issued a statement on the test.                                                      | Council          | Council
            The Financial Times said on Monday it would cut jobs. Both the Independent and The Times have seen sales rise.                                  | Times            | The Times
            The Daily Telegraph said on Monday it would cut jobs. The Telegraph has announced no plans to go tabloid.                                    | Telegraph        | Daily Telegraph
            The Quorton Labour Party met on Friday. Later the Labour Party issued a statement on the vote.                                                   | Labour Party     | Labour Party
            The Command Centre of the Coast Guard met on Friday. Later the Coast Guard issued a statement on the boat.                                    | Coast Guard      | Coast Guard
            The United Nations Quorum Council met on Friday. Later the U.N. Quorum Council issued a statement.                                                   | U.N. Quorum Council | United Nations Quorum Council
            The United Nations Quorum Council met on Friday. The U.N. Quorum Council spoke. Later the Quorum Council issued a statement.                          | Quorum Council   | United Nations Quorum Council
            """)
    void theShortFormIsTheBody(String text, String shortForm, String entity) {
        Annotation a = ANNOTATOR.annotate(text);
        int last = text.lastIndexOf(shortForm);
        Entity named = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() <= last && m.end() > last)).findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo(entity);
    }
}
