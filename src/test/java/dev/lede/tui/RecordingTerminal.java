package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual terminal that notes every character sent to it which a real terminal would not simply draw in
 * one cell: C0 and C1 controls (a raw ESC starts an escape sequence), DEL, lone surrogates and bidi
 * overrides. The virtual terminal itself drops most of these silently, so its screen alone cannot tell.
 */
class RecordingTerminal extends DefaultVirtualTerminal {

    private final List<String> unsafe = new ArrayList<>();

    RecordingTerminal(int columns, int rows) {
        super(new TerminalSize(columns, rows));
    }

    @Override
    public synchronized void putCharacter(char c) {
        check(String.valueOf(c));
        super.putCharacter(c);
    }

    @Override
    public synchronized void putString(String string) {
        check(string);
        super.putString(string);
    }

    /** What was sent that should not have been, as "U+001B in \"…\"", oldest first. */
    synchronized List<String> unsafe() {
        return List.copyOf(unsafe);
    }

    private void check(String sent) {
        for (int i = 0; i < sent.length(); i++) {
            char c = sent.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < sent.length() && Character.isLowSurrogate(sent.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(sent.charAt(i - 1));
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (c < 0x20 || Character.isISOControl(c) || Character.isSurrogate(c) && !paired || bidi) {
                unsafe.add(String.format("U+%04X in \"%s\"", (int) c, sent));
            }
        }
    }
}
