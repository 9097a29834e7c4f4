package dev.lede.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * The article in a saved web page, without its menus, share bars, comments and the like: a small readability
 * heuristic. Paragraphs vote for the containers around them; the best container (with its strong siblings) is
 * the article, and its paragraphs, subheadings, quotes and list items are the text.
 */
final class HtmlArticle {

    /** Never part of an article's text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "nav, header, footer, aside, button, select, input, textarea, figcaption, dialog, "
            + "[hidden], [aria-hidden=true], [style~=display:\\s*none], "
            + "[role~=^(navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search)$]";
    /** Class or id words of page furniture; a container marked so is dropped unless it looks like the content. */
    private static final Pattern FURNITURE = Pattern.compile(
            "comment|share|sharing|social|related|recommend|cookie|consent|gdpr|newsletter|sign-?up|subscri"
                    + "|promo|advert|(^|[-_\\s])ads?([-_\\s]|$)|sponsor|outbrain|taboola|popup|modal|breadcrumb"
                    + "|sidebar|masthead|menu|footer|banner|widget|toolbar|pagination|pager|byline|author-bio"
                    + "|most-?popular|trending|read-?more|more-?stories|skip|optin",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|repl(y|ies)", Pattern.CASE_INSENSITIVE);
    /** A container with this many paragraphs of prose holds (part of) the story, whatever its class says. */
    private static final int MIN_STORY_PARAGRAPHS = 3;
    private static final int MIN_PROSE_LENGTH = 80;
    private static final double MAX_PROSE_LINK_DENSITY = 0.25;
    private static final Pattern CONTENT = Pattern.compile(
            "article|story|entry|content|main|post-?body|text|body|column", Pattern.CASE_INSENSITIVE);
    /** Short lines that are the page talking about itself, not the story. */
    private static final Pattern BOILERPLATE = Pattern.compile("(advertis\\w*|sponsored|image|photo|video"
            + "|(sign up|subscribe|share (this|on)|follow us|read more|continue reading|view (photo|gallery|image)"
            + "|related( (stories|articles|content|links|coverage))?:?$|click here|powered by|skip (to|ad)|we use cookies)\\b.*"
            + "|.*\\bcookies?\\b.*\\b(policy|settings|consent|accept)\\b.*)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BOILERPLATE_LENGTH = 100;
    /** Below this many words, a line that does not end like a sentence is a label (a chart value, a tag, a credit). */
    private static final int MIN_FRAGMENT_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"'”’)\\]]$");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> NESTING = Set.of("blockquote", "li", "dd", "td");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol", "li", "table",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "main", "form", "header", "footer");
    /** A paragraph must be this long to vote for its containers. */
    private static final int MIN_VOTING_LENGTH = 25;
    /** Above this share of link text a paragraph or container is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private HtmlArticle() {
    }

    static Document parse(String id, Path source, Decoder.Decoded decoded) throws NotAnArticle {
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
        String title = title(page);
        page.select(NEVER_TEXT).remove();
        Element body = page.body();
        List<String> paragraphs = extract(body.clone(), true);
        if (paragraphs.isEmpty()) {
            paragraphs = extract(body, false);
        }
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        if (paragraphs.isEmpty()) {
            throw new NotAnArticle("no article text found");
        }
        String text = String.join("\n\n", paragraphs);
        if (title.isEmpty()) {
            title = paragraphs.get(0);
        } else {
            text = title + "\n\n" + text;
        }
        return new Document(id, source, title, text, null, decoded.note());
    }

    /** og:title names the story without the site's suffix; else the page's main heading; else its window title. */
    static String title(org.jsoup.nodes.Document page) {
        Element og = page.selectFirst("meta[property=og:title], meta[name=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        return page.title().strip();
    }

    private static List<String> extract(Element body, boolean dropFurniture) {
        if (dropFurniture) {
            for (Element e : body.getAllElements()) {
                if (e != body && e.parent() != null && isFurniture(e)) {
                    e.remove();
                }
            }
        }
        List<Element> article = articleElements(body);
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Element root : article) {
            collect(root, paragraphs);
        }
        return new ArrayList<>(paragraphs);
    }

    /**
     * Marked as furniture and not holding the story: a "read more" box that hides the rest of the article keeps
     * its paragraphs, while comments go whatever they hold.
     */
    private static boolean isFurniture(Element e) {
        String marks = e.className() + " " + e.id();
        if (marks.isBlank() || !FURNITURE.matcher(marks).find() || e.is("article, main, body")
                || e.hasAttr("itemprop") || e.selectFirst("[itemprop=articleBody]") != null) {
            return false;
        }
        return COMMENTS.matcher(marks).find() || proseParagraphs(e) < MIN_STORY_PARAGRAPHS;
    }

    private static int proseParagraphs(Element container) {
        int count = 0;
        for (Element p : container.select("p")) {
            if (p.text().length() >= MIN_PROSE_LENGTH && linkDensity(p) < MAX_PROSE_LINK_DENSITY) {
                count++;
            }
        }
        return count;
    }

    /** The best-scoring container and its siblings that score close to it, or the whole body when nothing votes. */
    private static List<Element> articleElements(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, td, div, section")) {
            if (!p.is("p, pre") && hasBlockChild(p)) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_VOTING_LENGTH) {
                continue;
            }
            double vote = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            Element container = p.parent();
            for (int level = 0; level < 3 && container != null; level++, container = container.parent()) {
                double divider = level == 0 ? 1 : level * 2;
                scores.merge(container, initialScore(container) + vote / divider,
                        (old, add) -> old + vote / divider);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        // A page that marks its article body is trusted about where the body ends.
        Element marked = best.closest("[itemprop=articleBody], article");
        if (marked != null) {
            return List.of(marked);
        }
        if (best.parent() == null) {
            return List.of(best);
        }
        List<Element> article = new ArrayList<>();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling)) {
                article.add(sibling);
            }
        }
        return article;
    }

    /** Containers marked as content start ahead, those marked as furniture behind. */
    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "form", "ol", "ul", "dl", "li" -> -3;
            default -> 0;
        };
        String marks = e.className() + " " + e.id();
        if (e.is("article, [itemprop=articleBody], [property=articleBody]")) {
            score += 25;
        }
        if (CONTENT.matcher(marks).find()) {
            score += 25;
        }
        if (FURNITURE.matcher(marks).find()) {
            score -= 25;
        }
        return score;
    }

    /** A sibling paragraph of real prose belongs to the article even if nothing else voted for it. */
    private static boolean isProse(Element e) {
        if (!e.is("p")) {
            return false;
        }
        String text = e.text();
        return text.length() > MIN_PROSE_LENGTH && linkDensity(e) < MAX_PROSE_LINK_DENSITY || text.length() > 0 && linkDensity(e) == 0
                && text.matches(".*[.!?]['\"’”]?$");
    }

    /**
     * Paragraph-like elements in document order; each contributes its text once. A repeated text is a layout
     * artefact (a chart title drawn once per screen size), so the set keeps only its first occurrence.
     */
    private static void collect(Element root, Set<String> paragraphs) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String name = e.normalName();
                boolean leaf = PARAGRAPHS.contains(name)
                        || (NESTING.contains(name) || name.equals("div") || name.equals("section")) && !hasBlockChild(e);
                if (!leaf) {
                    return FilterResult.CONTINUE;
                }
                String text = e.text();
                if (isStoryText(e, text)) {
                    paragraphs.add(text);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        });
    }

    private static boolean isStoryText(Element e, String text) {
        if (text.isEmpty() || linkDensity(e) > MAX_LINK_DENSITY
                || text.length() <= MAX_BOILERPLATE_LENGTH && BOILERPLATE.matcher(text).matches()) {
            return false;
        }
        return HEADINGS.contains(e.normalName()) || SENTENCE_END.matcher(text).find()
                || text.split("\\s+", MIN_FRAGMENT_WORDS).length >= MIN_FRAGMENT_WORDS;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / length;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
