package dev.lede.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a terminal emulator to turn what Lanterna sent into the lines a person would see: cursor moves,
 * screen clears and text; colours and modes are ignored. Lanterna skips blanks with cursor moves, so the raw bytes
 * alone never hold "Lede test session".
 */
final class ScreenText {

    private ScreenText() {
    }

    static List<String> lines(String output) {
        List<StringBuilder> rows = new ArrayList<>();
        int row = 0;
        int column = 0;
        int i = 0;
        while (i < output.length()) {
            char c = output.charAt(i++);
            if (c == '\u001b' && i < output.length() && output.charAt(i) == '[') {
                int end = i + 1;
                while (end < output.length() && (output.charAt(end) < '@' || output.charAt(end) > '~')) {
                    end++;
                }
                if (end == output.length()) {
                    break;
                }
                String params = output.substring(i + 1, end);
                char command = output.charAt(end);
                i = end + 1;
                if (command == 'H' && !params.startsWith("?")) {
                    String[] parts = params.split(";");
                    row = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) - 1 : 0;
                    column = parts.length > 1 ? Integer.parseInt(parts[1]) - 1 : 0;
                } else if (command == 'J' && params.equals("2")) {
                    rows.clear();
                }
            } else if (c == '\u001b') {
                i++; // a two-byte escape such as ESC 7
            } else if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                row++;
            } else if (c >= ' ') {
                while (rows.size() <= row) {
                    rows.add(new StringBuilder());
                }
                StringBuilder line = rows.get(row);
                while (line.length() <= column) {
                    line.append(' ');
                }
                line.setCharAt(column++, c);
            }
        }
        return rows.stream().map(line -> line.toString().stripTrailing()).toList();
    }
}
