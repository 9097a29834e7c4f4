package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import dev.lede.model.State;
import dev.lede.model.Pane;
import dev.lede.model.ReaderLines;
import dev.lede.model.Span;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The open document, word-wrapped to the pane. Only the visible lines are drawn and the text is wrapped
 * lazily and kept per document and width, so a huge article scrolls like a small one.
 */
final class ReaderView {

    private static final Map<EntityType, Role> TYPE_ROLES = Map.of(EntityType.PERSON, Role.PERSON,
            EntityType.ORGANIZATION, Role.ORGANIZATION, EntityType.LOCATION, Role.PLACE, EntityType.OTHER, Role.OTHER);

    /** A styled stretch of the visible text; higher layers win. */
    private record Styled(int start, int end, Role role, int layer) {
    }

    private WrappedText wrapped;
    private int wrappedDocument = -1;

    void draw(Canvas canvas, Rect r, State state) {
        if (r.isEmpty()) return;
        int open = state.openDocument();
        Document doc = open < 0 ? null : state.library().document(open);
        Headings.draw(canvas, r, Pane.READER, state.focus() == Pane.READER, heading(doc) + copies(state, open));
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        if (doc == null || body.isEmpty()) return;
        String origin = origin(doc);
        if (!origin.isEmpty()) {
            canvas.put(body.col() + 1, body.row(), Canvas.fit(origin, body.width() - 1), Role.DIM, body.right());
            body = textArea(doc, r);
        }
        if (doc.isFailed()) {
            // Wrapped like the text: a long reason (a JSON parser's, a path) is read whole, not cut at the edge.
            WrappedText reason = new WrappedText("✗ " + doc.failure(), body.width() - 1);
            for (int i = 0; i < body.height() && reason.hasLine(i); i++) {
                canvas.put(body.col() + 1, body.row() + i, reason.text().substring(reason.start(i), reason.end(i)), Role.FAILED, body.right());
            }
            return;
        }
        WrappedText lines = wrap(open, doc.text(), body.width());
        int top = state.readerTop();
        int from = lines.start(top);
        int to = lines.hasLine(top + body.height() - 1) ? lines.end(top + body.height() - 1) : doc.text().length();
        List<Styled> styles = styles(state, from, to);
        for (int i = 0; i < body.height() && lines.hasLine(top + i); i++) {
            drawLine(canvas, body, body.row() + i, doc.text(), lines.start(top + i), lines.end(top + i), styles);
        }
    }

    /** Who, where and when, as the file says: "2016-11-08 · BBC News · by Jo Smith · https://…"; "" when it says nothing. */
    static String origin(Document doc) {
        if (doc == null || doc.isFailed()) return "";
        Origin o = doc.origin();
        List<String> parts = new ArrayList<>();
        if (o.date() != null) parts.add(o.date());
        if (o.source() != null) parts.add(o.source());
        if (o.author() != null) parts.add("by " + o.author());
        if (o.url() != null) parts.add(o.url());
        return String.join(" · ", parts);
    }

    /** The rows the text takes: the pane's body, under the line of who, where and when when there is one. */
    static Rect textArea(Document doc, Rect r) {
        Rect body = r.body();
        return origin(doc).isEmpty() ? body : new Rect(body.col(), body.row() + 1, body.width(), Math.max(0, body.height() - 1));
    }

    /** How many rows of text the reader shows, for paging. */
    static int textRows(State state, Rect r) {
        int open = state.openDocument();
        return textArea(open < 0 ? null : state.library().document(open), r).height();
    }

    /** The other files that repeat the open article ("  also: business/012.txt"), which the list leaves out. */
    private static String copies(State state, int open) {
        List<Integer> copies = open < 0 ? List.of() : state.library().duplicates().copiesOf(open);
        if (copies.isEmpty()) return "";
        return "  also: " + String.join(", ", copies.stream().map(c -> state.library().document(c).id()).toList());
    }

    /** The title, and how the file was read when that is worth knowing (an encoding fallback). */
    private static String heading(Document doc) {
        if (doc == null) return "";
        return doc.note() == null ? doc.title() : doc.title() + "  (" + doc.note() + ")";
    }

    /**
     * The open text as this pane wraps it in {@code r}, for the layout step to pass to the model before the
     * frame is drawn; null when the reader shows no text.
     */
    ReaderLines lines(State state, Rect r) {
        int open = state.openDocument();
        Rect body = r.body();
        if (open < 0 || body.isEmpty() || state.library().document(open).isFailed()) return null;
        return wrap(open, state.library().document(open).text(), body.width());
    }

    private WrappedText wrap(int document, String text, int width) {
        if (wrapped == null || wrappedDocument != document || wrapped.width() != width || wrapped.text() != text) {
            wrapped = new WrappedText(text, width);
            wrappedDocument = document;
        }
        return wrapped;
    }

    private static List<Styled> styles(State state, int from, int to) {
        List<Styled> styles = new ArrayList<>();
        List<Quote> quotes = state.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.end() > from && q.start() < to) {
                styles.add(new Styled(q.start(), q.end(), i == state.currentQuote() ? Role.CURRENT_QUOTE : Role.QUOTE, 0));
            }
        }
        for (Entity e : state.annotation().entities()) {
            boolean emphasised = state.isEmphasised(e);
            for (Mention m : e.mentions()) {
                if (m.end() > from && m.start() < to) {
                    styles.add(new Styled(m.start(), m.end(), emphasised ? Role.EMPHASIS : TYPE_ROLES.get(e.type()), emphasised ? 2 : 1));
                }
            }
        }
        List<Span> matches = state.matches();
        for (int i = firstEndingAfter(matches, from); i < matches.size() && matches.get(i).start() < to; i++) {
            Span m = matches.get(i);
            styles.add(new Styled(m.start(), m.end(), i == state.currentMatch() ? Role.CURRENT_MATCH : Role.MATCH, 3));
        }
        return styles;
    }

    private static int firstEndingAfter(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static void drawLine(Canvas canvas, Rect body, int row, String text, int start, int end, List<Styled> styles) {
        int col = body.col();
        int runStart = start;
        Palette.Look runLook = null;
        for (int i = start; i <= end; i++) {
            Palette.Look look = i < end ? lookAt(canvas, i, styles) : null;
            if (i == end || !look.equals(runLook)) {
                if (runLook != null) col = canvas.put(col, row, text, runStart, i, runLook, body.right());
                runStart = i;
                runLook = look;
            }
        }
    }

    /**
     * The quote layer gives the background; a mention on top gives its colour and attributes, and an
     * emphasised mention or a match its background too.
     */
    private static Palette.Look lookAt(Canvas canvas, int offset, List<Styled> styles) {
        Styled base = null;
        Styled top = null;
        for (Styled s : styles) {
            if (offset < s.start() || offset >= s.end()) continue;
            if (s.layer() == 0) base = s;
            else if (top == null || s.layer() > top.layer()) top = s;
        }
        Palette.Look under = canvas.look(base == null ? Role.TEXT : base.role());
        if (top == null) return under;
        Palette.Look over = canvas.look(top.role());
        EnumSet<SGR> modifiers = EnumSet.copyOf(under.modifiers());
        modifiers.addAll(over.modifiers());
        TextColor fg = over.fg() == TextColor.ANSI.DEFAULT ? under.fg() : over.fg();
        TextColor bg = top.layer() == 1 || over.bg() == TextColor.ANSI.DEFAULT ? under.bg() : over.bg();
        return new Palette.Look(fg, bg, modifiers);
    }
}
