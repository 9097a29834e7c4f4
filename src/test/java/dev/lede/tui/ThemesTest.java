package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {

    @TempDir
    Path folder;

    @Test
    void bundledThemesAllLoad() {
        Themes themes = new Themes(List.of(folder));
        assertThat(themes.names()).startsWith("default", "light", "high-contrast", "mono");
        for (String name : themes.names()) {
            Themes.Loaded loaded = themes.load(name);
            assertThat(loaded.warning()).as(name).isNull();
            assertThat(loaded.theme().styles()).as(name).containsKeys(Role.values());
        }
    }

    @Test
    void userThemesAreOfferedAndWinOverBundledOnes() throws IOException {
        Files.writeString(folder.resolve("sepia.json"), "{\"styles\": {\"text\": {\"fg\": \"#704214\", \"bg\": \"#f4ecd8\"}}}");
        Files.writeString(folder.resolve("light.json"), "{\"styles\": {\"text\": {\"bold\": true}}}");
        Themes themes = new Themes(List.of(folder));
        assertThat(themes.names()).endsWith("sepia");
        assertThat(themes.load("sepia").theme().style(Role.PERSON).fg()).isEqualTo("#704214");
        assertThat(themes.load("light").theme().style(Role.TEXT).bold()).isTrue();
    }

    @Test
    void malformedOrUnknownThemesFallBackToTheDefaultWithAReason() throws IOException {
        Files.writeString(folder.resolve("broken.json"), "{\"styles\": {\"text\": {\"fg\": ");
        Files.writeString(folder.resolve("odd.json"), "{\"styles\": {\"sparkle\": {}}}");
        Themes themes = new Themes(List.of(folder));
        Themes.Loaded broken = themes.load("broken");
        assertThat(broken.warning()).isEqualTo("theme broken.json line 1: a closing } or ] is missing; using the default theme");
        assertThat(broken.theme().name()).isEqualTo("default");
        assertThat(themes.load("odd").warning()).contains("unknown style \"sparkle\"");
        assertThat(themes.load("nope").warning()).isEqualTo("no theme called \"nope\"; using the default theme");
    }

    @Test
    void colourDepthFollowsTheEnvironment() {
        assertThat(ColorDepth.of(Map.of("NO_COLOR", "1", "COLORTERM", "truecolor"))).isEqualTo(ColorDepth.NONE);
        assertThat(ColorDepth.of(Map.of("NO_COLOR", "", "TERM", "xterm"))).isEqualTo(ColorDepth.ANSI16);
        assertThat(ColorDepth.of(Map.of("TERM", "dumb"))).isEqualTo(ColorDepth.NONE);
        assertThat(ColorDepth.of(Map.of("TERM", "xterm-256color", "COLORTERM", "24bit"))).isEqualTo(ColorDepth.TRUE_COLOR);
        assertThat(ColorDepth.of(Map.of("TERM", "screen-256color"))).isEqualTo(ColorDepth.INDEXED256);
    }

    @Test
    void coloursAreFittedToTheTerminal() {
        assertThat(Palette.colour("#ff0000", ColorDepth.TRUE_COLOR)).isEqualTo(new TextColor.RGB(255, 0, 0));
        assertThat(Palette.colour("#ff0000", ColorDepth.INDEXED256)).isEqualTo(new TextColor.Indexed(196));
        assertThat(Palette.colour("#ee1010", ColorDepth.ANSI16)).isIn(TextColor.ANSI.RED, TextColor.ANSI.RED_BRIGHT);
        assertThat(Palette.colour("#ff0000", ColorDepth.NONE)).isEqualTo(TextColor.ANSI.DEFAULT);
        Palette mono = new Palette(new Themes(List.of()).load("mono").theme(), ColorDepth.NONE);
        assertThat(mono.look(Role.STATUS).modifiers()).contains(SGR.REVERSE);
    }
}
