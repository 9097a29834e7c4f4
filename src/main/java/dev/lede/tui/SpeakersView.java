package dev.lede.tui;

import dev.lede.model.Keymap;
import dev.lede.model.Speakers;
import dev.lede.model.SpeakersMode;
import java.util.List;

/** The {@code s} list: everyone quoted in the corpus, most quoted first, with their quote and article counts. */
final class SpeakersView {

    /** The box of the list, centred over the panes. */
    private static Rect box(Rect area) {
        int width = Math.min(area.width(), 60);
        return new Rect(area.col() + (area.width() - width) / 2, area.row(), width, area.height());
    }

    /** The index of the speaker drawn at ({@code x}, {@code y}), or -1 off the rows. */
    static int itemAt(Rect area, SpeakersMode mode, int x, int y) {
        Rect box = box(area);
        Rect body = box.body();
        int size = mode.speakers().size();
        int item = Headings.firstVisible(mode.cursor(), size, body.height()) + y - body.row();
        boolean inside = x >= box.col() && x < box.right() && y >= body.row() && y < body.bottom();
        return inside && item < size ? item : -1;
    }

    void draw(Canvas canvas, Rect area, Keymap keys, SpeakersMode mode) {
        List<Speakers.Speaker> speakers = mode.speakers();
        if (area.isEmpty()) return;
        Rect box = box(area);
        canvas.fill(box, Role.OVERLAY);
        String title = " Speakers " + speakers.size() + Finding.shown(mode.find()) + " · " + keys.key(SpeakersMode.Act.DOWN) + "/"
                + keys.key(SpeakersMode.Act.UP) + " " + keys.key(SpeakersMode.Act.LIST_QUOTES) + " lists their quotes · "
                + keys.key(SpeakersMode.Act.FIND) + " finds · " + keys.key(SpeakersMode.Act.CLOSE) + " closes ";
        int end = canvas.put(box.col(), box.row(), Canvas.fit(title, box.width()), Role.HEADING_FOCUSED, box.right());
        canvas.pad(end, box.row(), Role.HEADING_FOCUSED, box.right());
        Rect body = box.body();
        if (body.isEmpty()) return;
        if (speakers.isEmpty()) {
            String none = mode.find().text().isBlank() ? "no quotes with a known speaker yet" : "no speaker's name contains that";
            canvas.put(body.col() + 1, body.row(), none, Role.DIM, body.right());
            return;
        }
        int first = Headings.firstVisible(mode.cursor(), speakers.size(), body.height());
        for (int i = 0; i < body.height() && first + i < speakers.size(); i++) {
            int index = first + i;
            Speakers.Speaker s = speakers.get(index);
            int y = body.row() + i;
            Role role = index == mode.cursor() ? Role.CURSOR_FOCUSED : Role.OVERLAY;
            long articles = s.quotes().stream().mapToInt(Speakers.QuoteRef::document).distinct().count();
            String counts = s.quotes().size() + (s.quotes().size() == 1 ? " quote" : " quotes") + ", " + articles + (articles == 1 ? " article " : " articles ");
            int countsCol = body.right() - Canvas.width(counts);
            int col = canvas.put(body.col(), y, " " + Canvas.fit(s.name(), countsCol - body.col() - 2), role, countsCol);
            canvas.pad(col, y, role, countsCol);
            canvas.put(countsCol, y, counts, role, body.right());
        }
    }
}
