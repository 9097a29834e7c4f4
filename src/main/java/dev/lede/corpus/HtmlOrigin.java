package dev.lede.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A saved page's date, publisher, author and URL, from what news sites write for search engines and social
 * networks: Open Graph and article meta tags, JSON-LD {@code NewsArticle}, the canonical link and {@code <time>}.
 * Read before scripts are stripped from the page, since JSON-LD lives in a script element.
 */
final class HtmlOrigin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting", "WebPage");
    private static final String DATE_META = "meta[property=article:published_time], meta[name=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date],"
            + " meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.date], meta[name=parsely-pub-date],"
            + " meta[name=sailthru.date], meta[property=og:published_time]";
    private static final String AUTHOR_META = "meta[name=author], meta[property=author], meta[property=article:author],"
            + " meta[name=article:author], meta[name=byl], meta[name=parsely-author], meta[name=dc.creator],"
            + " meta[name=sailthru.author]";

    private HtmlOrigin() {
    }

    static Origin of(org.jsoup.nodes.Document page) {
        JsonNode article = jsonLdArticle(page);
        Origin fromTags = new Origin(
                Dates.iso(firstContent(page, DATE_META)),
                firstContent(page, "meta[property=og:site_name], meta[name=og:site_name], meta[name=application-name]"),
                authorFromTags(page),
                canonical(page));
        Origin fromJsonLd = article == null ? Origin.NONE : new Origin(
                Dates.iso(FieldValues.text(article.get("datePublished"))),
                FieldValues.text(article.get("publisher")),
                FieldValues.byline(FieldValues.text(article.get("author"))),
                FieldValues.text(article.get("url")));
        // JSON-LD names authors as people; meta author is sometimes the site itself, so JSON-LD wins for the author.
        Origin merged = new Origin(fromTags.date(), fromTags.source(), fromJsonLd.author(), fromTags.url())
                .orElse(fromJsonLd).orElse(fromTags);
        merged = merged.date() != null ? merged : merged.orElse(new Origin(timeElement(page), null, null, null));
        // A site named as its own author ("BBC News") says nothing about who wrote the story.
        boolean siteAsAuthor = merged.author() != null && merged.author().equalsIgnoreCase(String.valueOf(merged.source()));
        return siteAsAuthor ? new Origin(merged.date(), merged.source(), null, merged.url()) : merged;
    }

    private static String authorFromTags(org.jsoup.nodes.Document page) {
        for (Element meta : page.select(AUTHOR_META)) {
            String name = FieldValues.byline(meta.attr("content"));
            if (name != null) return name;
        }
        for (Element byline : page.select("[itemprop=author] [itemprop=name], [itemprop=author][content], [rel=author]")) {
            String name = FieldValues.byline(byline.hasAttr("content") ? byline.attr("content") : byline.text());
            if (name != null) return name;
        }
        return null;
    }

    private static String canonical(org.jsoup.nodes.Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("href").isBlank()) return link.attr("href").strip();
        return firstContent(page, "meta[property=og:url], meta[name=og:url]");
    }

    /** The first {@code <time datetime>} inside the article, else in the page. */
    private static String timeElement(org.jsoup.nodes.Document page) {
        Element marked = page.selectFirst("[itemprop=datePublished][content], [itemprop=datePublished][datetime]");
        if (marked != null) return Dates.iso(marked.hasAttr("content") ? marked.attr("content") : marked.attr("datetime"));
        Element time = page.selectFirst("article time[datetime], [itemprop=articleBody] time[datetime]");
        if (time == null) time = page.selectFirst("time[datetime]");
        return time == null ? null : Dates.iso(time.attr("datetime"));
    }

    private static String firstContent(org.jsoup.nodes.Document page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) return content;
        }
        return null;
    }

    /** The first JSON-LD object typed as an article, looking inside arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(org.jsoup.nodes.Document page) {
        JsonNode webPage = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (java.io.IOException | RuntimeException malformed) {
                continue; // a broken block of metadata costs that block, not the article
            }
            for (JsonNode node : candidates(root)) {
                String type = FieldValues.text(node.get("@type"));
                if (type == null) continue;
                for (String t : type.split(", ")) {
                    if (t.equals("WebPage")) {
                        if (webPage == null) webPage = node;
                    } else if (ARTICLE_TYPES.contains(t)) {
                        return node;
                    }
                }
            }
        }
        return webPage;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root == null) return nodes;
        if (root.isArray()) {
            root.forEach(n -> nodes.addAll(candidates(n)));
        } else if (root.isObject()) {
            nodes.add(root);
            if (root.has("@graph")) nodes.addAll(candidates(root.get("@graph")));
        }
        return nodes;
    }
}
