package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cells that know their width must draw exactly what Lanterna's own characters would. */
class CellTest {

    private static final Palette.Look LOOK = new Palette.Look(TextColor.ANSI.RED, TextColor.ANSI.DEFAULT, EnumSet.of(SGR.BOLD));

    @Test
    void everyCharacterHasLanternasOwnWidth() {
        List<String> differing = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TextCharacter lanternas;
            try {
                lanternas = new TextCharacter((char) c, LOOK.fg(), LOOK.bg(), LOOK.modifiers());
            } catch (IllegalArgumentException controlCharacter) {
                continue; // Lanterna makes no cell of a control character, and Canvas draws none
            }
            if (new Cell((char) c, LOOK).isDoubleWidth() != lanternas.isDoubleWidth()) differing.add(Integer.toHexString(c));
        }
        assertThat(differing).isEmpty();
        assertThat(new Cell('中', LOOK).isDoubleWidth()).isTrue();
        assertThat(new Cell('a', LOOK).isDoubleWidth()).isFalse();
    }

    @Test
    void cellsAreEqualWhenTheirCharacterAndLookAre() {
        assertThat(new Cell('a', LOOK)).isEqualTo(new Cell('a', LOOK)).hasSameHashCodeAs(new Cell('a', LOOK));
        assertThat(new Cell('a', LOOK)).isNotEqualTo(new Cell('b', LOOK));
        Palette.Look plain = new Palette.Look(TextColor.ANSI.RED, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));
        assertThat(new Cell('a', LOOK)).isNotEqualTo(new Cell('a', plain));
    }

    /**
     * Every cell a frame writes is a Cell (one left to Lanterna would cost the width lookups again), except the
     * blank Lanterna itself puts in the second column of a wide character.
     */
    @Test
    void canvasWritesOnlyCellsThatKnowTheirWidth() throws IOException {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(30, 4)));
        screen.startScreen();
        Palette palette = new Palette(Themes.forEnvironment(Map.of()).load(Themes.DEFAULT).theme(), ColorDepth.TRUE_COLOR);
        Canvas canvas = new Canvas(screen.newTextGraphics(), palette);
        canvas.fill(new Rect(0, 0, 30, 4), Role.TEXT);
        int end = canvas.put(0, 1, "Lede 中文 é", Role.PERSON, 30);
        assertThat(end).isEqualTo(11); // two columns for each of the two CJK characters
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 30; col++) {
                assertThat(screen.getBackCharacter(col, row)).isInstanceOf(Cell.class);
                if (screen.getBackCharacter(col, row).isDoubleWidth()) col++;
            }
        }
        assertThat(screen.getBackCharacter(5, 1).getCharacterString()).isEqualTo("中");
        assertThat(screen.getBackCharacter(7, 1).getCharacterString()).isEqualTo("文");
        assertThat(screen.getBackCharacter(10, 1).getForegroundColor()).isEqualTo(palette.look(Role.PERSON).fg());
        screen.stopScreen();
    }
}
