package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.model.BrowseMode;
import dev.lede.model.Keymap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyBindingsTest {

    @TempDir
    Path folder;

    @Test
    void defaultsFollowNewsboat() {
        Keymap keys = Keymap.defaults();
        assertThat(keys.action(BrowseMode.Act.class, "j")).contains(BrowseMode.Act.DOWN);
        assertThat(keys.action(BrowseMode.Act.class, "Down")).contains(BrowseMode.Act.DOWN);
        assertThat(keys.action(BrowseMode.Act.class, "Space")).contains(BrowseMode.Act.PAGE_DOWN);
        assertThat(keys.action(BrowseMode.Act.class, "G")).contains(BrowseMode.Act.BOTTOM);
        assertThat(keys.action(BrowseMode.Act.class, "]")).contains(BrowseMode.Act.NEXT_QUOTE);
        assertThat(keys.action(BrowseMode.Act.class, "Shift-Tab")).contains(BrowseMode.Act.PREVIOUS_PANE);
    }

    @Test
    void aFileRebindsTheActionsItNamesAndTakesTheirKeysFromOthers() throws IOException {
        Path file = folder.resolve("keys.json");
        Files.writeString(file, "{\"next-quote\": [\"]\", \"j\"], \"quit\": \"x\"}");
        KeyBindings.Loaded loaded = KeyBindings.load(file);
        assertThat(loaded.warning()).isNull();
        assertThat(loaded.keys().action(BrowseMode.Act.class, "j")).contains(BrowseMode.Act.NEXT_QUOTE);
        assertThat(loaded.keys().keys(BrowseMode.Act.DOWN)).containsExactly("Down");
        assertThat(loaded.keys().action(BrowseMode.Act.class, "x")).contains(BrowseMode.Act.QUIT);
        assertThat(loaded.keys().action(BrowseMode.Act.class, "q")).isEmpty();
    }

    @Test
    void badFilesGiveOneWarningAndTheDefaults() throws IOException {
        Path file = folder.resolve("keys.json");
        Files.writeString(file, "{\"quit\": ");
        assertThat(KeyBindings.load(file).warning()).isEqualTo("keys.json line 1: a closing } or ] is missing; default keys used");
        Files.writeString(file, "{\"quit\": \"Hyper-Q\"}");
        assertThat(KeyBindings.load(file).warning()).isEqualTo("keys.json: unknown key \"Hyper-Q\"; default keys used");
        Files.writeString(file, "[1, 2]");
        KeyBindings.Loaded loaded = KeyBindings.load(file);
        assertThat(loaded.warning()).contains("expected an object");
        assertThat(loaded.keys().action(BrowseMode.Act.class, "q")).contains(BrowseMode.Act.QUIT);
        assertThat(KeyBindings.load(folder.resolve("absent.json")).warning()).isNull();
    }

    @Test
    void keyNames() {
        assertThat(KeyNames.of(new KeyStroke('c', true, false))).isEqualTo("Ctrl-c");
        assertThat(KeyNames.of(new KeyStroke(' ', false, false))).isEqualTo("Space");
        assertThat(KeyNames.of(new KeyStroke(KeyType.ReverseTab))).isEqualTo("Shift-Tab");
        assertThat(KeyNames.of(new KeyStroke(KeyType.PageDown))).isEqualTo("PgDn");
        assertThat(KeyNames.isValid("Ctrl-n")).isTrue();
        assertThat(KeyNames.isValid("Hyper-Q")).isFalse();
    }

    /** Which line, and what was expected there, in one line without the parser's words (a status bar has room for no more). */
    @Test
    void aMalformedFileSaysWhichLineAndWhatWasExpected() throws IOException {
        Path file = folder.resolve("keys.json");
        Files.writeString(file, "{\n  \"quit\": \"x\"\n  \"help\": \"h\"\n}\n");
        assertThat(KeyBindings.load(file).warning())
                .isEqualTo("keys.json line 3: expected a comma, found \"; default keys used");
        Files.writeString(file, "{\n  \"quit\": \"x\",\n}\n");
        assertThat(KeyBindings.load(file).warning())
                .isEqualTo("keys.json line 3: expected a quoted name, found }; default keys used");
        Files.writeString(file, "{\"quit\": x}");
        assertThat(KeyBindings.load(file).warning())
                .isEqualTo("keys.json line 1: expected a quoted value, found x; default keys used");
        Files.writeString(file, "{\"quit\" \"x\"}");
        assertThat(KeyBindings.load(file).warning()).isEqualTo("keys.json line 1: expected a colon, found \"; default keys used");
    }
}
