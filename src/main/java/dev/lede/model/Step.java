package dev.lede.model;

import java.util.List;

/** What an update returns: the next state, and what the app is to do outside the model. */
public record Step(State state, List<Effect> effects) {
}
