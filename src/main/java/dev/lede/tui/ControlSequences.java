package dev.lede.tui;

import java.io.IOException;

/** A terminal of Lede's own that can be sent a control sequence Lanterna has no method for (OSC 52, the clipboard). */
public interface ControlSequences {

    /** Writes the sequence as it is and flushes it. */
    void writeControl(String sequence) throws IOException;
}
