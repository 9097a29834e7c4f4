package dev.lede.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
    /** Containers that vote like a paragraph when they hold text directly rather than blocks. */
    private static final Set<String> VOTING_CONTAINERS = Set.of("td", "div", "section");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol", "li", "table",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "main", "form", "header", "footer");
    /** A paragraph must be this long to vote for its containers. */
    private static final int MIN_VOTING_LENGTH = 25;
    /** A container scoring below this holds no more than a line or two of prose. */
    private static final double MIN_PART_SCORE = 10;
    /** Above this share of link text a paragraph or container is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;

    /**
     * What is inside an element, summed once over the whole page (bottom up, without recursion), so scoring stays
     * linear however deep the page nests.
     */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int proseParagraphs;
        boolean holdsArticleBody;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private HtmlArticle() {
    }

    static Document parse(String id, Path source, Decoder.Decoded decoded) throws NotAnArticle {
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
        String title = title(page);
        Origin origin = HtmlOrigin.of(page);
        List<String> paragraphs = paragraphs(page);
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
        return new Document(id, source, title, text, null, decoded.note(), origin);
    }

    /** The paragraphs of an HTML fragment, such as a feed entry's content, found as in a whole page. */
    static List<String> fragmentParagraphs(String html) {
        return paragraphs(Jsoup.parseBodyFragment(html));
    }

    private static List<String> paragraphs(org.jsoup.nodes.Document page) {
        page.select(NEVER_TEXT).remove();
        Element body = page.body();
        List<String> paragraphs = extract(withoutFurniture(body.clone()));
        return paragraphs.isEmpty() ? extract(body) : paragraphs;
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

    private static List<String> extract(Element body) {
        Map<Element, Stats> stats = measure(body);
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Element root : articleElements(body, stats)) {
            collect(root, stats, paragraphs);
        }
        return new ArrayList<>(paragraphs);
    }

    /**
     * Removes what is marked as furniture and does not hold the story: a "read more" box that hides the rest of
     * the article keeps its paragraphs, while comments go whatever they hold.
     */
    private static Element withoutFurniture(Element body) {
        Map<Element, Stats> stats = measure(body);
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || isArticle(e) || e.normalName().equals("main")
                        || e.hasAttr("itemprop")) {
                    return FilterResult.CONTINUE;
                }
                String marks = e.className() + " " + e.id();
                if (marks.isBlank() || !FURNITURE.matcher(marks).find() || stats.get(e).holdsArticleBody) {
                    return FilterResult.CONTINUE;
                }
                boolean story = stats.get(e).proseParagraphs >= MIN_STORY_PARAGRAPHS && !COMMENTS.matcher(marks).find();
                return story ? FilterResult.CONTINUE : FilterResult.REMOVE;
            }
        });
        return body;
    }

    private static Map<Element, Stats> measure(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent && !text.isBlank()) {
                    String words = text.text();
                    stats.get(parent).chars += words.length();
                    stats.get(parent).commas += count(words, ',');
                } else if (node instanceof Element e) {
                    Stats inside = stats.get(e);
                    if (e.normalName().equals("a")) {
                        inside.linkChars = inside.chars;
                    }
                    if (e.normalName().equals("p") && inside.chars >= MIN_PROSE_LENGTH
                            && inside.linkDensity() < MAX_PROSE_LINK_DENSITY) {
                        inside.proseParagraphs++;
                    }
                    inside.holdsArticleBody |= isArticleBody(e);
                    Stats outside = e == root ? null : stats.get(e.parent());
                    if (outside != null) {
                        outside.chars += inside.chars;
                        outside.linkChars += inside.linkChars;
                        outside.commas += inside.commas;
                        outside.proseParagraphs += inside.proseParagraphs;
                        outside.holdsArticleBody |= inside.holdsArticleBody;
                    }
                }
            }
        }, root);
        return stats;
    }

    /** The best-scoring container and its siblings that score close to it, or the whole body when nothing votes. */
    private static List<Element> articleElements(Element body, Map<Element, Stats> stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.getAllElements()) {
            Stats inside = stats.get(p);
            boolean votes = p.normalName().equals("p") || p.normalName().equals("pre")
                    || VOTING_CONTAINERS.contains(p.normalName()) && !hasBlockChild(p);
            if (!votes || inside.chars < MIN_VOTING_LENGTH) {
                continue;
            }
            double vote = 1 + inside.commas + Math.min(inside.chars / 100.0, 3);
            Element container = p.parent();
            for (int level = 0; level < 3 && container != null; level++, container = container.parent()) {
                double share = vote / (level == 0 ? 1 : level * 2);
                scores.merge(container, initialScore(container) + share, (old, ignored) -> old + share);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Stats inside = stats.get(entry.getKey());
            double score = entry.getValue() * (1 - (inside == null ? 0 : inside.linkDensity()));
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
        for (Element marked = best; marked != null; marked = marked.parent()) {
            if (isArticle(marked)) {
                return List.of(marked);
            }
        }
        if (best == body || best.parent() == null) {
            return List.of(best);
        }
        double threshold = Math.max(MIN_PART_SCORE, bestScore * 0.2);
        List<Element> parts = partsLike(best, body, scores);
        if (parts.size() > 1) {
            return parts;
        }
        List<Element> article = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling, stats)) {
                article.add(sibling);
            }
        }
        return article;
    }

    /**
     * A story split by photos or ads keeps each part in the same kind of container (tag and class) as the best
     * one; all such containers that scored are the article, in page order.
     */
    private static List<Element> partsLike(Element best, Element body, Map<Element, Double> scores) {
        if (best.className().isBlank()) {
            return List.of(best);
        }
        List<Element> parts = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals(best.normalName())
                        && e.className().equals(best.className())
                        && (e == best || scores.getOrDefault(e, 0.0) >= MIN_PART_SCORE)) {
                    parts.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        });
        return parts;
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
        if (isArticle(e)) {
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

    /** A sibling paragraph of prose belongs to the article even if nothing else voted for it. */
    private static boolean isProse(Element e, Map<Element, Stats> stats) {
        Stats inside = stats.get(e);
        if (!e.normalName().equals("p") || inside == null) {
            return false;
        }
        boolean lengthy = inside.chars > MIN_PROSE_LENGTH && inside.linkDensity() < MAX_PROSE_LINK_DENSITY;
        boolean sentence = inside.chars > 0 && inside.linkChars == 0 && SENTENCE_END.matcher(e.text()).find();
        return lengthy || sentence;
    }

    /**
     * Paragraph-like elements in document order; each contributes its text once. A repeated text is a layout
     * artefact (a chart title drawn once per screen size), so the set keeps only its first occurrence.
     */
    private static void collect(Element root, Map<Element, Stats> stats, Set<String> paragraphs) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String name = e.normalName();
                // The root itself is a paragraph when it holds only text, as in a page written without tags.
                boolean leaf = PARAGRAPHS.contains(name) || (NESTING.contains(name) || name.equals("div")
                        || name.equals("section") || e == root) && !hasBlockChild(e);
                if (!leaf) {
                    return FilterResult.CONTINUE;
                }
                String text = e.text();
                if (isStoryText(e, text, stats.get(e))) {
                    paragraphs.add(text);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        });
    }

    private static boolean isStoryText(Element e, String text, Stats inside) {
        if (text.isEmpty() || inside.linkDensity() > MAX_LINK_DENSITY
                || text.length() <= MAX_BOILERPLATE_LENGTH && BOILERPLATE.matcher(text).matches()) {
            return false;
        }
        return HEADINGS.contains(e.normalName()) || SENTENCE_END.matcher(text).find()
                || text.split("\\s+", MIN_FRAGMENT_WORDS).length >= MIN_FRAGMENT_WORDS;
    }

    // Plain checks rather than Element.is(selector), which climbs to the root on every call.
    private static boolean isArticleBody(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody") || e.attr("property").equalsIgnoreCase("articleBody");
    }

    private static boolean isArticle(Element e) {
        return e.normalName().equals("article") || isArticleBody(e);
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
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
