package dev.lede.tui;

import dev.lede.model.ListFind;

/** How an overlay's title shows the text {@code /} narrows it to: " · find: blair▏" while typing. */
final class Finding {

    private Finding() {
    }

    static String shown(ListFind find) {
        if (find.typing()) return " · find: " + find.text() + "▏";
        return find.text().isBlank() ? "" : " · find: " + find.text();
    }
}
