package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderFeedTest {

    @TempDir
    Path dir;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
              <title>Coast News</title><link>https://news.example/</link><description>All the news</description>
              <item>
                <title>Storm hits coast</title>
                <link>https://news.example/storm</link>
                <pubDate>Tue, 08 Nov 2016 14:30:00 GMT</pubDate>
                <dc:creator>Ann Lee</dc:creator>
                <description><![CDATA[<p>Winds reached 100 km/h on Tuesday.</p><p>"It was loud," a resident said.</p>]]></description>
              </item>
              <item><title>No words</title><link>https://news.example/empty</link></item>
            </channel></rss>
            """;

    @Test
    void rssItemsAreArticlesWithLinkDateAuthorAndTheFeedAsSource() {
        write(dir, "coast.rss", RSS);

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("coast.rss#1", "coast.rss#2");
        assertThat(docs.get(0).text()).isEqualTo("Storm hits coast\n\nWinds reached 100 km/h on Tuesday.\n\n\"It was loud,\" a resident said.");
        assertThat(docs.get(0).origin()).isEqualTo(new Origin("2016-11-08T14:30:00Z", "Coast News", "Ann Lee",
                "https://news.example/storm"));
        assertThat(docs.get(1).failure()).isEqualTo("feed item has no content or description");
    }

    @Test
    void atomEntriesUseTheirContent() {
        Document doc = loadOne(write(dir, "feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Valley Times</title><id>urn:x</id><updated>2020-01-02T00:00:00Z</updated>
                  <entry>
                    <title>Bridge reopens</title><id>urn:y</id>
                    <link href="https://valley.example/bridge"/>
                    <published>2020-01-01T09:15:00+01:00</published><updated>2020-01-02T00:00:00Z</updated>
                    <author><name>Bo Chan</name></author>
                    <summary>Short.</summary>
                    <content type="html">&lt;p&gt;The old bridge opened again after two years of repairs, the council said.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """));

        assertThat(doc.id()).endsWith("feed.atom");
        assertThat(doc.text()).isEqualTo("Bridge reopens\n\nThe old bridge opened again after two years of repairs, the council said.");
        assertThat(doc.origin()).isEqualTo(new Origin("2020-01-01T08:15:00Z", "Valley Times", "Bo Chan",
                "https://valley.example/bridge"));
    }

    @Test
    void xmlThatIsNoFeedOrIsCutIsOneLine() throws IOException {
        assertThat(loadOne(write(dir, "sitemap.xml", "<urlset><url>x</url></urlset>")).failure())
                .startsWith("not an RSS or Atom feed: ").doesNotContain("\n");
        assertThat(loadOne(write(dir, "cut.rss", RSS.substring(0, RSS.length() / 2))).failure())
                .startsWith("not an RSS or Atom feed: ").doesNotContain("\n");
        byte[] gz = CorpusLoaderWarcTest.gzip(RSS.getBytes(StandardCharsets.UTF_8));
        assertThat(loadOne(write(dir, "cut.rss.gz", java.util.Arrays.copyOf(gz, gz.length - 20))).failure())
                .isEqualTo("cannot read: gzip data ends early (truncated file)");
    }

    @Test
    void aGzippedFeedReadsLikeThePlainOne() throws IOException {
        write(dir, "coast.rss.gz", CorpusLoaderWarcTest.gzip(RSS.getBytes(StandardCharsets.UTF_8)));

        assertThat(ids(CorpusLoader.load(List.of(dir)))).containsExactly("coast.rss.gz#1", "coast.rss.gz#2");
    }
}
