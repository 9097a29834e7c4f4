package dev.lede.model;

/** The open document as the reader pane wraps it, which the layout step passes in so the model can scroll. */
public interface ReaderLines {

    boolean hasLine(int line);

    int lineCount();

    /** The wrapped line holding a text offset. */
    int lineOf(int offset);
}
