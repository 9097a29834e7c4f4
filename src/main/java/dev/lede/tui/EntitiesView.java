package dev.lede.tui;

import dev.lede.model.State;
import dev.lede.model.Pane;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The open document's entities under People / Organizations / Places, each with its mention count. */
final class EntitiesView {

    private static final Map<EntityType, String> GROUPS = Map.of(EntityType.PERSON, "People",
            EntityType.ORGANIZATION, "Organizations", EntityType.LOCATION, "Places");
    private static final Map<EntityType, Role> ROLES = Map.of(EntityType.PERSON, Role.PERSON,
            EntityType.ORGANIZATION, Role.ORGANIZATION, EntityType.LOCATION, Role.PLACE);

    /** One row: a group heading (entity index -1) or an entity. */
    private record Row(String text, int entity, EntityType type) {
    }

    void draw(Canvas canvas, Rect r, State state) {
        if (r.isEmpty()) return;
        boolean focused = state.focus() == Pane.ENTITIES;
        Headings.draw(canvas, r, Pane.ENTITIES, focused, "");
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        if (body.isEmpty()) return;
        List<Entity> entities = state.entities();
        if (entities.isEmpty()) {
            canvas.put(body.col() + 1, body.row(), PaneNotes.whyEmpty(state, "no entities"), Role.DIM, body.right());
            return;
        }
        List<Row> rows = rows(entities);
        int first = Headings.firstVisible(cursorRow(rows, state.entityCursor()), rows.size(), body.height());
        for (int i = 0; i < body.height() && first + i < rows.size(); i++) {
            Row row = rows.get(first + i);
            int y = body.row() + i;
            if (row.entity() < 0) {
                canvas.put(body.col(), y, row.text(), Role.HEADING, body.right());
                continue;
            }
            Entity e = entities.get(row.entity());
            boolean atCursor = row.entity() == state.entityCursor();
            Role role = atCursor ? (focused ? Role.CURSOR_FOCUSED : Role.CURSOR) : state.isEmphasised(e) ? Role.EMPHASIS : ROLES.get(row.type());
            String count = " " + e.mentions().size();
            int nameEnd = body.right() - Canvas.width(count);
            int col = canvas.put(body.col(), y, (state.isEmphasised(e) ? "●" : " ") + Canvas.fit(row.text(), nameEnd - body.col() - 1), role, nameEnd);
            canvas.pad(col, y, role, nameEnd);
            canvas.put(nameEnd, y, count, atCursor ? role : Role.DIM, body.right());
        }
    }

    /** The index in {@link State#entities()} of the entity drawn on screen row {@code y}, or -1 (a group heading, off the rows). */
    static int itemAt(State state, Rect r, int y) {
        Rect body = r.body();
        List<Row> rows = rows(state.entities());
        int index = Headings.firstVisible(cursorRow(rows, state.entityCursor()), rows.size(), body.height()) + y - body.row();
        return y < body.row() || y >= body.bottom() || index >= rows.size() ? -1 : rows.get(index).entity();
    }

    private static int cursorRow(List<Row> rows, int entityCursor) {
        int cursorRow = 0;
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).entity() == entityCursor) cursorRow = i;
        return cursorRow;
    }

    private static List<Row> rows(List<Entity> entities) {
        List<Row> rows = new ArrayList<>();
        EntityType group = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != group) {
                group = e.type();
                rows.add(new Row(GROUPS.get(group), -1, group));
            }
            rows.add(new Row(e.name(), i, e.type()));
        }
        return rows;
    }
}
