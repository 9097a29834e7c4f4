package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who, where and when: read from each kind of file, dates in ISO 8601, nothing guessed. */
class OriginTest {

    @TempDir
    Path dir;

    private static final String PROSE = "<p>The council voted on Monday to close the old bridge for repairs, officials said.</p>"
            + "<p>Drivers will have to take the ring road until the spring, the mayor added.</p>";

    @Test
    void datesAsSitesAndDumpsWriteThemBecomeIso8601() {
        assertThat(Dates.iso("2016-11-08")).isEqualTo("2016-11-08");
        assertThat(Dates.iso("2016-11-08T14:30:00Z")).isEqualTo("2016-11-08T14:30:00Z");
        assertThat(Dates.iso("2016-11-08T14:30:00.123+0100")).isEqualTo("2016-11-08T14:30:00+01:00");
        assertThat(Dates.iso("2016-11-08T14:30-05:00")).isEqualTo("2016-11-08T14:30:00-05:00");
        assertThat(Dates.iso("2016-11-08 14:30:00")).isEqualTo("2016-11-08T14:30:00");
        assertThat(Dates.iso("2016-11-08 14:30:00 +0000")).isEqualTo("2016-11-08T14:30:00Z");
        assertThat(Dates.iso("Tue, 08 Nov 2016 14:30:00 GMT")).isEqualTo("2016-11-08T14:30:00Z");
        assertThat(Dates.iso("November 8, 2016")).isEqualTo("2016-11-08");
        assertThat(Dates.iso("8 Nov 2016")).isEqualTo("2016-11-08");
        assertThat(Dates.iso("1478615400")).isEqualTo("2016-11-08T14:30:00Z");
        assertThat(Dates.iso("1478615400000")).isEqualTo("2016-11-08T14:30:00Z");
        assertThat(Dates.iso("last Tuesday")).isNull();
        assertThat(Dates.iso("2016-13-45")).isNull();
        assertThat(Dates.iso("  ")).isNull();
    }

    @Test
    void htmlMetaTagsGiveDateSiteAuthorAndCanonicalUrl() {
        Document doc = loadOne(write(dir, "page.html", "<html><head>"
                + "<meta property=\"article:published_time\" content=\"2019-01-03T07:00:02+00:00\">"
                + "<meta property=\"og:site_name\" content=\"The Daily\">"
                + "<meta name=\"author\" content=\"By Ann Lee\">"
                + "<link rel=\"canonical\" href=\"https://daily.example/bridge\">"
                + "</head><body><article><h1>Bridge closes</h1>" + PROSE + "</article></body></html>"));

        assertThat(doc.origin()).isEqualTo(new Origin("2019-01-03T07:00:02Z", "The Daily", "Ann Lee",
                "https://daily.example/bridge"));
    }

    @Test
    void jsonLdNewsArticleNamesTheAuthorsAndAPageWithOnlyTimeUsesIt() {
        Document ld = loadOne(write(dir, "ld.html", "<html><head><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\", \"name\": \"x\"},"
                + " {\"@type\": \"NewsArticle\", \"datePublished\": \"2020-02-02T10:00:00-05:00\","
                + " \"author\": [{\"@type\": \"Person\", \"name\": \"Ann Lee\"}, {\"name\": \"Bo Chan\"}],"
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Valley Times\"},"
                + " \"url\": \"https://valley.example/a\"}]}</script>"
                + "<meta name=\"author\" content=\"Valley Times\"></head><body><h1>Bridge closes</h1>" + PROSE
                + "</body></html>"));
        Document timed = loadOne(write(dir, "time.html", "<html><body><article><h1>Bridge</h1>"
                + "<time datetime=\"2021-03-04\">4 March</time>" + PROSE + "</article></body></html>"));
        Document bare = loadOne(write(dir, "bare.html", "<html><body><h1>Bridge</h1>" + PROSE + "</body></html>"));

        assertThat(ld.origin()).isEqualTo(new Origin("2020-02-02T10:00:00-05:00", "Valley Times", "Ann Lee, Bo Chan",
                "https://valley.example/a"));
        assertThat(timed.origin()).isEqualTo(new Origin("2021-03-04", null, null, null));
        assertThat(bare.origin()).isEqualTo(Origin.NONE);
    }

    @Test
    void aSiteNamedAsItsOwnAuthorOrAProfileLinkIsNoAuthor() {
        Document doc = loadOne(write(dir, "site.html", "<html><head><meta property=\"og:site_name\" content=\"BBC News\">"
                + "<meta name=\"author\" content=\"BBC News\"><meta property=\"article:author\""
                + " content=\"https://www.facebook.com/bbcnews\"></head><body><h1>Bridge</h1>" + PROSE + "</body></html>"));

        assertThat(doc.origin().author()).isNull();
        assertThat(doc.origin().source()).isEqualTo("BBC News");
    }

    @Test
    void jsonFieldsByTheirCommonNames() {
        Document doc = loadOne(write(dir, "a.json", "{\"headline\": \"Rain\", \"content\": \"It rained.\","
                + " \"publishedAt\": \"2016-11-08T14:30:00Z\", \"link\": \"https://x.example/rain\","
                + " \"publisher\": {\"name\": \"Weather Daily\"}, \"byline\": \"By Cy Dee\"}"));

        assertThat(doc.title()).isEqualTo("Rain");
        assertThat(doc.origin()).isEqualTo(new Origin("2016-11-08T14:30:00Z", "Weather Daily", "Cy Dee",
                "https://x.example/rain"));
    }

    @Test
    void markdownFrontMatterIsReadAndLeftOutOfTheText() {
        Document doc = loadOne(write(dir, "post.md", """
                ---
                title: "Bridge closes: what next"
                date: 2022-05-06
                author: [Ann Lee, Bo Chan]
                source: Valley Blog
                url: https://blog.example/bridge
                ---
                The council voted to close the bridge.
                """));
        Document plain = loadOne(write(dir, "rule.md", "---\n\nA horizontal rule opens this note.\n"));

        assertThat(doc.title()).isEqualTo("Bridge closes: what next");
        assertThat(doc.text()).isEqualTo("Bridge closes: what next\n\nThe council voted to close the bridge.\n");
        assertThat(doc.origin()).isEqualTo(new Origin("2022-05-06", "Valley Blog", "Ann Lee, Bo Chan",
                "https://blog.example/bridge"));
        assertThat(plain.text()).startsWith("---\n");
        assertThat(plain.origin()).isEqualTo(Origin.NONE);
    }
}
