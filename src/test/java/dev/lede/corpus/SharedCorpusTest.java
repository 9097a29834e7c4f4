package dev.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real corpora beside the checkout (../shared, set by surefire as lede.shared); skipped when absent. */
class SharedCorpusTest {

    /** Words of page furniture that none of the saved articles uses in its story. */
    private static final List<String> BOILERPLATE = List.of("Cookie", "cookies", "Share this", "Sign up", "SIGN UP",
            "Subscribe", "Newsletter", "NEWSLETTER", "Advertisement", "ADVERTISING", "Privacy Policy", "All rights reserved",
            "Skip to", "Log in", "Most popular", "Related", "Comments", "Follow us", "Menu");

    @Test
    void everySavedNewsPageGivesItsArticleWithoutBoilerplate() {
        List<Document> pages = CorpusLoader.load(List.of(shared("corpus/html"))).stream()
                .filter(d -> d.id().endsWith(".html")).toList();

        assertThat(pages).hasSize(20);
        for (Document page : pages) {
            assertThat(page.isFailed()).as(page.id() + ": " + page.failure()).isFalse();
            String body = page.text().substring(page.title().length());
            List<String> paragraphs = Arrays.asList(body.strip().split("\n\n"));
            assertThat(page.text()).as(page.id()).startsWith(page.title() + "\n\n");
            assertThat(body.length()).as(page.id()).isGreaterThan(1500);
            assertThat(paragraphs.size()).as(page.id()).isGreaterThanOrEqualTo(7);
            assertThat(paragraphs).as(page.id()).doesNotHaveDuplicates();
            assertThat(body).as(page.id()).doesNotContain(BOILERPLATE).doesNotContain("</", "function(", "window.");
        }
    }

    /** Measured on the 20 pages: all give a URL, 15 a date, 16 a site name, 14 an author (the rest do not say in markup). */
    @Test
    void savedPagesSayWhereAndWhenTheyWerePublished() {
        List<Document> pages = CorpusLoader.load(List.of(shared("corpus/html"))).stream()
                .filter(d -> d.id().endsWith(".html")).toList();

        assertThat(pages).allSatisfy(p -> assertThat(p.origin().url()).as(p.id()).startsWith("http"));
        assertThat(pages).filteredOn(p -> p.origin().date() != null).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(p -> assertThat(p.origin().date()).matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?"));
        assertThat(pages).filteredOn(p -> p.origin().source() != null).hasSizeGreaterThanOrEqualTo(16);
        assertThat(pages).filteredOn(p -> p.origin().author() != null).hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(p -> assertThat(p.origin().author()).doesNotStartWith("By ").doesNotContain("http"));
        Document guardian = pages.stream().filter(p -> p.id().equals("guardian-1.html")).findFirst().orElseThrow();
        assertThat(guardian.origin()).isEqualTo(new Origin("2019-01-03T07:00:02Z", "The Guardian", "Eleanor Ainge Roy",
                "https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings"));
    }

    @Test
    void articleSplitIntoPartsOrHiddenBehindReadMoreIsWhole() {
        List<Document> pages = CorpusLoader.load(List.of(shared("corpus/html/telegraph.html"),
                shared("corpus/html/herald-sun-1.html"), shared("corpus/html/quanta-1.html")));

        // The Telegraph splits its body into sections between photos; the first and last both belong.
        assertThat(pages.get(0).text()).contains("Zimbabwe President Robert Mugabe, his wife Grace",
                "Whatever the final outcome, the events could signal a once-in-a-generation change");
        // The Herald Sun puts the second half in a box with id "read-more".
        assertThat(pages.get(1).text()).contains("A HIGH-powered federal government team",
                "The Press Council is concerned the laws would crush investigative journalism.");
        // Quanta repeats the same unmarked container for each part between its photos.
        assertThat(pages.get(2).text()).contains("A little over half a century ago, chaos started spilling out",
                "Still, for coder-scientists in academic systems that measure success by paper citations");
    }

    @Test
    void everyBbcArticleLoadsExactlyAsWritten() throws IOException {
        Path bbc = shared("corpus/bbc");

        List<Document> docs = CorpusLoader.load(List.of(bbc));

        assertThat(docs).filteredOn(d -> d.id().endsWith(".txt")).hasSize(2225);
        assertThat(docs).filteredOn(Document::isFailed).isEmpty();
        assertThat(docs).filteredOn(d -> d.note() != null).isEmpty();
        Document pound = docs.stream().filter(d -> d.id().equals("sport/199.txt")).findFirst().orElseThrow();
        assertThat(pound.text()).isEqualTo(Files.readString(bbc.resolve("sport/199.txt"), StandardCharsets.UTF_8));
        assertThat(pound.title()).isEqualTo(pound.text().lines().findFirst().orElseThrow().strip());
    }

    private static Path shared(String relative) {
        String root = System.getProperty("lede.shared");
        assumeTrue(root != null, "lede.shared is not set");
        Path path = Path.of(root, relative);
        assumeTrue(Files.exists(path), () -> path + " is absent");
        return path;
    }
}
