package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The names keys have in keys.json, the help and the status bar: "j", "Space", "Ctrl-C", "Shift-Tab", "PgDn". */
public final class KeyNames {

    private static final Map<KeyType, String> SPECIAL = Map.ofEntries(
            Map.entry(KeyType.Enter, "Enter"), Map.entry(KeyType.Escape, "Esc"), Map.entry(KeyType.Tab, "Tab"),
            Map.entry(KeyType.ReverseTab, "Shift-Tab"), Map.entry(KeyType.ArrowUp, "Up"), Map.entry(KeyType.ArrowDown, "Down"),
            Map.entry(KeyType.ArrowLeft, "Left"), Map.entry(KeyType.ArrowRight, "Right"), Map.entry(KeyType.PageUp, "PgUp"),
            Map.entry(KeyType.PageDown, "PgDn"), Map.entry(KeyType.Home, "Home"), Map.entry(KeyType.End, "End"),
            Map.entry(KeyType.Backspace, "Backspace"), Map.entry(KeyType.Delete, "Delete"), Map.entry(KeyType.Insert, "Insert"),
            Map.entry(KeyType.F1, "F1"), Map.entry(KeyType.F2, "F2"), Map.entry(KeyType.F3, "F3"), Map.entry(KeyType.F4, "F4"),
            Map.entry(KeyType.F5, "F5"), Map.entry(KeyType.F6, "F6"), Map.entry(KeyType.F7, "F7"), Map.entry(KeyType.F8, "F8"),
            Map.entry(KeyType.F9, "F9"), Map.entry(KeyType.F10, "F10"), Map.entry(KeyType.F11, "F11"), Map.entry(KeyType.F12, "F12"));
    private static final Set<String> SPECIAL_NAMES = Set.copyOf(SPECIAL.values());
    private static final Pattern MODIFIED = Pattern.compile("(Ctrl|Alt)-[a-z0-9]");

    private KeyNames() {
    }

    /** The key's name, or null for keys that have none (mouse events, unknown sequences). */
    public static String of(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character) return SPECIAL.get(key.getKeyType());
        char c = key.getCharacter();
        if (key.isCtrlDown()) return "Ctrl-" + Character.toLowerCase(c);
        if (key.isAltDown()) return "Alt-" + c;
        return c == ' ' ? "Space" : String.valueOf(c);
    }

    /** Whether keys.json may use this name. */
    public static boolean isValid(String name) {
        return name.codePointCount(0, name.length()) == 1 && !name.isBlank()
                || SPECIAL_NAMES.contains(name) || name.equals("Space") || MODIFIED.matcher(name).matches();
    }
}
