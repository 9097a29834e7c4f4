package dev.lede.tui;

import dev.lede.model.Message;
import dev.lede.model.State;
import dev.lede.model.Update;

/** A view that writes while drawing, as views once did: {@code ArchitectureTest} must catch it. */
public final class StateWritingViewFixture {

    State draw(State state) {
        state.library().prioritize(0);
        return Update.update(state, new Message.Notice("drawn")).state();
    }
}
