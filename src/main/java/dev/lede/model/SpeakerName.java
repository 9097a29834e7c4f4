package dev.lede.model;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import java.util.Objects;

/** The name a quote's speaker goes by on screen: their entity's, as the sidebar lists it, so every pane agrees. */
public final class SpeakerName {

    private SpeakerName() {
    }

    /** The speaking entity's name; the quote's own speaker text when it has no entity; null when nobody is named. */
    public static String of(Annotation annotation, Quote quote) {
        if (quote.speakerEntity() != null) {
            for (Entity e : annotation.entities()) {
                if (Objects.equals(e.id(), quote.speakerEntity())) return e.name();
            }
        }
        return quote.speaker() == null || quote.speaker().isBlank() ? null : quote.speaker().strip();
    }
}
