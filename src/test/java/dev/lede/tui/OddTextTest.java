package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import dev.lede.model.Articles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a terminal draws differently from plain ASCII, in the reader, the document list and the heading:
 * whatever the article holds, nothing raw reaches the terminal (a stray ESC would start an escape
 * sequence), every cell holds what a terminal shows in that many columns (so the panes stay aligned), and
 * the text reads as written.
 */
class OddTextTest {

    /** The reader's width at 80×24: the sidebar takes 28 columns and a separator 1. */
    private static final int READER_WIDTH = 51;

    @TempDir
    Path home;

    private RecordingTerminal terminal;
    private VirtualSession session;

    private void open(String title, String body) {
        Map<String, String> env = new HashMap<>(Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        terminal = new RecordingTerminal(80, 24);
        session = new VirtualSession(new Articles().add(title, body, List.of(), List.of()).library(), Settings.load(null, env), terminal);
        session.awaitText("q quit");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The screen once it stops changing (frames are read whole; this lets the first ones settle). */
    private String shown() {
        String last = "";
        for (String now = session.screen(); !now.equals(last); now = session.screen()) {
            last = now;
            sleep();
        }
        return last;
    }

    @AfterEach
    void nothingRawAndNothingMisaligned() throws Exception {
        if (session == null) return;
        session.type("q");
        assertThat(session.awaitEnd()).isTrue();
        assertThat(terminal.unsafe()).as("characters a terminal would not draw as text").isEmpty();
        assertThat(misalignedCells()).as("cells whose text a terminal draws in another number of columns").isEmpty();
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    @Test
    void wideCharactersKeepTheSeparatorInPlace() {
        open("日本語のニュース", "東京 Tokyo 한국어 서울 and ＡＢＣ full-width letters. ".repeat(30));
        String screen = shown();
        assertThat(screen).contains("日本語のニュース", "한국어");
        for (int row = 6; row < 23; row++) assertThat(session.cell(READER_WIDTH, row).getCharacterString()).isEqualTo("│");
    }

    @Test
    void emojiAreOneCellTwoColumnsWide() {
        open("Launch 🚀 today", "Crowds cheered 🎉🎉 as the rocket 🚀 lifted off 👍🏽 at dawn.");
        String screen = shown();
        assertThat(screen).contains("🎉🎉 as the rocket 🚀 lifted off 👍 │", "\nat dawn.").doesNotContain("\uFFFD");
        assertThat(cells()).contains("🚀", "🎉").doesNotContain("\uD83C\uDFFD");
    }

    @Test
    void combiningAccentsJoinTheirLetter() {
        open("Cafe\u0301 society", "Cafe\u0301 owners in Zu\u0308rich met in Ha\u0300 Nô\u0323i; "
                + "Arabic with its vowel marks: مَرْحَبًا.");
        String screen = shown();
        assertThat(screen).contains("Café society", "Café owners in Zürich met in Hà Nội", "مرحبا");
    }

    @Test
    void rightToLeftTextIsInReadingOrderAndBidiOverridesAreLeftOut() {
        open("Right to left", "Hebrew שלום עולם and Arabic مرحبا بالعالم, and an override \u202Eelbissivni\u202C here.");
        String screen = shown();
        assertThat(screen).contains("Hebrew שלום עולם and Arabic مرحبا", "override elbissivni here");
    }

    @Test
    void tabsAreSpaces() {
        open("Table", "name\tage\tcity\nAda\t36\tLondon");
        assertThat(shown()).contains("name age city", "Ada 36 London");
    }

    @Test
    void windowsAndOldMacLineEndsBreakLinesAndAddNoBlankOnes() {
        String full = "a".repeat(READER_WIDTH);
        open("Line ends", "first line\r\nsecond line\r\n\r\n" + full + "\r\nafter the full line\rold mac line");
        String screen = shown();
        List<String> reader = readerRows(screen);
        assertThat(reader).containsSubsequence("first line", "second line", "", full, "after the full line", "old mac line");
        assertThat(reader.get(reader.indexOf(full) + 1)).isEqualTo("after the full line");
    }

    @Test
    void aTwentyThousandCharacterLineIsCutToThePaneAndScrollsToItsEnd() {
        String line = "x".repeat(20_000) + "END";
        open("y".repeat(20_000), line);
        String screen = shown();
        assertThat(readerRows(screen)).contains("y".repeat(READER_WIDTH));
        session.type("2G");
        session.awaitScreen(shown -> readerRows(shown).stream().anyMatch(row -> row.matches("x*END")), "the end of the line");
    }

    @Test
    void controlCharactersAreDrawnAsTheirPictures() {
        open("Bell\u0007 title \u001b[2J", "bell\u0007 esc\u001b[31m red, nul\u0000 del\u007f csi\u009b2J form\ffeed");
        String screen = shown();
        assertThat(screen).contains("Bell␇ title ␛[2J", "bell␇ esc␛[31m red, nul␀ del␡ csi\uFFFD2J form␌feed");
    }

    /** The reader's rows at 80×24, below the document band (5 rows) and the reader's heading, without trailing blanks. */
    private static List<String> readerRows(String screen) {
        List<String> rows = new ArrayList<>();
        String[] all = screen.split("\n");
        for (int row = 6; row < 23; row++) rows.add(readerPart(all[row]));
        return rows;
    }

    private static String readerPart(String row) {
        int separator = row.indexOf('│');
        return (separator < 0 ? row : row.substring(0, separator)).stripTrailing();
    }

    private List<String> cells() {
        List<String> cells = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) cells.add(terminal.getCharacter(col, row).getCharacterString());
        }
        return cells;
    }

    /** Cells whose text a terminal (wcwidth) draws wider or narrower than the columns Lanterna gives it. */
    private List<String> misalignedCells() {
        List<String> wrong = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                int lanterna = c.isDoubleWidth() ? 2 : 1;
                if (terminalColumns(c.getCharacterString()) != lanterna) wrong.add(row + "," + col + ": " + c.getCharacterString());
                if (c.isDoubleWidth()) col++;
            }
        }
        return wrong;
    }

    /** Columns a terminal gives a string: marks and format characters none, pairs (emoji) and CJK two. */
    private static int terminalColumns(String s) {
        int columns = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            columns += Character.isSupplementaryCodePoint(cp) || com.googlecode.lanterna.TerminalTextUtils.isCharCJK((char) cp) ? 2 : 1;
        }
        return columns;
    }
}
