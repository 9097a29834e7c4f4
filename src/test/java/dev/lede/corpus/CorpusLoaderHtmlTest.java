package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderHtmlTest {

    private static final String STORY = """
            <p>The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.</p>
            <p>"We had no choice," said Mayor Ana Ruiz, who has led the city since 2019, adding that repairs would take a year.</p>
            """;

    @TempDir
    Path dir;

    @Test
    void titleComesFromOpenGraphThenHeadingThenWindowTitle() {
        String og = page("<meta property=\"og:title\" content=\"Bridge closed\"><title>Bridge closed | Daily</title>",
                "<h1>Bridge is closed</h1>" + STORY);
        String h1 = page("<title>Bridge closed | Daily</title>", "<h1>Bridge is closed</h1>" + STORY);
        String title = page("<title>Bridge closed | Daily</title>", STORY);

        assertThat(loadOne(write(dir, "og.html", og)).title()).isEqualTo("Bridge closed");
        assertThat(loadOne(write(dir, "h1.htm", h1)).title()).isEqualTo("Bridge is closed");
        assertThat(loadOne(write(dir, "title.html", title)).title()).isEqualTo("Bridge closed | Daily");
    }

    @Test
    void textIsTheTitleThenTheArticleParagraphsWithoutTheFurniture() {
        String html = page("<title>Bridge closed</title><style>p { color: red }</style><script>var ads = 1;</script>", """
                <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
                <header><a href="/">Daily</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="layout">
                  <article>
                    <h1>Bridge closed</h1>
                    <div class="share-bar"><a href="#">Share this on Facebook</a> <a href="#">Tweet</a></div>
                    <div class="story-body">
                      %s
                      <h2>What happens next</h2>
                      <p>Engineers will inspect the structure in <a href="/spring">spring</a>, the council said in a statement.</p>
                      <blockquote><p>"It is a sad day for the town," one resident wrote.</p></blockquote>
                      <ul><li>Buses will run every ten minutes across the new bridge.</li></ul>
                      <div class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story.</p></div>
                      <ul class="related"><li><a href="/a">Old bridge history, a long read about the bridge</a></li>
                        <li><a href="/b">Ten more bridges that closed this year across the country</a></li></ul>
                    </div>
                  </article>
                  <aside><p>Most read: a very long list of other stories that people are reading right now.</p></aside>
                </div>
                <section id="comments"><p>Great article, thanks for writing this, I agree with every word.</p></section>
                <footer><p>Copyright 2024 Daily News. All rights reserved. Privacy policy and terms of use.</p></footer>
                """.formatted(STORY));

        Document doc = loadOne(write(dir, "story.html", html));

        assertThat(doc.isFailed()).isFalse();
        assertThat(doc.text()).isEqualTo("""
                Bridge closed

                The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.

                "We had no choice," said Mayor Ana Ruiz, who has led the city since 2019, adding that repairs would take a year.

                What happens next

                Engineers will inspect the structure in spring, the council said in a statement.

                "It is a sad day for the town," one resident wrote.

                Buses will run every ten minutes across the new bridge.""");
    }

    @Test
    void pageWithoutArticleBodyScoresParagraphContainers() {
        String html = page("<title>Markets</title>", """
                <div class="menu"><a href="/a">Home</a> <a href="/b">World</a> <a href="/c">Business</a></div>
                <div class="links"><p><a href="/x">Another story</a>, <a href="/y">and another one</a>, <a href="/z">and more</a></p></div>
                <div class="c1">
                  <p>Stocks fell sharply on Monday, with the main index down 3%, its worst day since March.</p>
                  <p>Analysts blamed worries about interest rates, oil prices, and a weaker outlook for exports.</p>
                </div>
                """);

        Document doc = loadOne(write(dir, "markets.html", html));

        assertThat(doc.text()).isEqualTo("""
                Markets

                Stocks fell sharply on Monday, with the main index down 3%, its worst day since March.

                Analysts blamed worries about interest rates, oil prices, and a weaker outlook for exports.""");
    }

    @Test
    void storySplitByPhotosIsGatheredFromItsParts() {
        String part = "<section><div class=\"story-part\">%s</div></section>";
        String html = page("<title>Bridge closed</title>", part.formatted(STORY)
                + "<figure><img src=\"bridge.jpg\"><figcaption>The old bridge, in 1950.</figcaption></figure>"
                + part.formatted("<p>Repairs were last made in 1987, when the deck was replaced at a cost of two million.</p>")
                + "<div class=\"teasers\"><p>Elsewhere: a long teaser paragraph about another story in another town.</p></div>");

        Document doc = loadOne(write(dir, "parts.html", html));

        assertThat(doc.text()).isEqualTo("""
                Bridge closed

                The council voted on Tuesday to close the old bridge, citing years of neglect and rising costs.

                "We had no choice," said Mayor Ana Ruiz, who has led the city since 2019, adding that repairs would take a year.

                Repairs were last made in 1987, when the deck was replaced at a cost of two million.""");
    }

    @Test
    void pageWithoutTagsIsItsText() {
        Document doc = loadOne(write(dir, "bare.html", "Old page text.<br>Second line of the old page, with words."));

        assertThat(doc.text()).isEqualTo("Old page text. Second line of the old page, with words.");
        assertThat(doc.title()).isEqualTo(doc.text());
    }

    @Test
    void htmlWithoutArticleTextFails() {
        String html = page("<title>Home</title><script>document.write('hello world, this is not an article at all')</script>",
                "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><div class=\"app\"></div><footer>© 2024</footer>");

        Document doc = loadOne(write(dir, "app.html", html));

        assertThat(doc.failure()).isEqualTo("no article text found");
        assertThat(doc.title()).isEqualTo("app.html");
    }

    @Test
    @Timeout(10)
    void tenThousandNestedDivsNeitherOverflowNorCrawl() {
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(10_000)
                + "<p>A story buried at the bottom of ten thousand folders, still found, still read.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Path file = write(dir, "deep.html", html);

        long start = System.nanoTime();
        Document doc = loadOne(file);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(doc.isFailed()).as(String.valueOf(doc.failure())).isFalse();
        assertThat(doc.text()).isEqualTo("Deep\n\nA story buried at the bottom of ten thousand folders, still found, still read.");
    }

    @Test
    @Timeout(10)
    void deepNestingWithTextAtEveryLevelStaysLinear() {
        String level = "<div class=\"share-box\"><p>Paragraph at one level of a very deep page, with commas, as a stress test.</p>";
        String html = page("<title>Deep</title>", level.repeat(10_000) + "</div>".repeat(10_000));

        Document doc = loadOne(write(dir, "deeper.html", html));

        assertThat(doc.isFailed()).as(String.valueOf(doc.failure())).isFalse();
        assertThat(doc.text()).contains("Paragraph at one level of a very deep page");
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }
}
