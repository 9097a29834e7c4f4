package dev.lede.model;

import dev.lede.index.Names;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code w}: the quotes of the person under the cursor (an entity in the sidebar, a quote in the navigator, or
 * the current quote) across the corpus, in the quote navigator: what {@code s} and Enter on their name do.
 */
final class TheirQuotes {

    private TheirQuotes() {
    }

    static void open(Draft d) {
        if (d.speakerQuotes != null && d.focus == Pane.QUOTES) {
            d.say("these are " + d.speakerQuotes.speaker().name() + "'s quotes already");
            return;
        }
        List<Speakers.Speaker> speakers = d.library.speakers();
        String name;
        Optional<Speakers.Speaker> who;
        int quote = d.focus == Pane.QUOTES ? (d.quotes().isEmpty() ? -1 : d.quoteCursor) : d.currentQuote;
        boolean onName = d.focus == Pane.ENTITIES && !d.entities.isEmpty();
        if (onName) {
            Entity entity = d.entities.get(d.entityCursor);
            name = entity.name();
            who = ofEntity(d, entity, speakers).or(() -> byName(d, keysOf(entity), entity.name()));
        } else if (quote >= 0 && d.openDocument >= 0) {
            Quote q = d.quotes().get(quote);
            name = SpeakerName.of(d.annotation(), q);
            who = containing(speakers, new Speakers.QuoteRef(d.openDocument, quote))
                    .or(() -> name == null ? Optional.empty() : byName(d, Set.of(Names.key(name)), name));
        } else {
            d.say("choose a person in " + Pane.ENTITIES.title() + " or a quote first");
            return;
        }
        if (who.isEmpty()) {
            String yet = d.library.annotatedCount() < d.library.size() ? " yet" : "";
            d.say(name == null ? "nobody is named as this quote's speaker" : "no quotes of " + name + " found" + yet);
            return;
        }
        Speakers.Speaker speaker = who.get();
        d.speakerQuotes = new SpeakerQuotes(speaker);
        d.focus = Pane.QUOTES;
        // On a quote, the navigator starts there; on a name, at their first quote.
        int here = onName || quote < 0 ? 0 : speaker.quotes().indexOf(new Speakers.QuoteRef(d.openDocument, quote));
        Reading.goToSpeakerQuote(d, Math.max(0, here));
        d.say(speaker.name() + ": " + speaker.quotes().size() + (speaker.quotes().size() == 1 ? " quote" : " quotes") + " across the corpus");
    }

    /** The speaker of a quote this entity says in the open article, else the speaker going by one of its names. */
    private static Optional<Speakers.Speaker> ofEntity(Draft d, Entity entity, List<Speakers.Speaker> speakers) {
        List<Quote> quotes = d.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            if (Objects.equals(quotes.get(i).speakerEntity(), entity.id())) {
                Optional<Speakers.Speaker> found = containing(speakers, new Speakers.QuoteRef(d.openDocument, i));
                if (found.isPresent()) return found;
            }
        }
        var keys = keysOf(entity);
        return speakers.stream().filter(s -> keys.contains(Names.key(s.name()))).findFirst();
    }

    /**
     * The quotes whose speaker goes by one of these names, read from every annotation: for the moments the
     * linked list of speakers (rebuilt in the background) does not have the latest articles yet.
     */
    private static Optional<Speakers.Speaker> byName(Draft d, Set<String> keys, String name) {
        List<Speakers.QuoteRef> quotes = new ArrayList<>();
        for (int doc = 0; doc < d.library.size(); doc++) {
            Annotation a = d.library.annotation(doc);
            if (a == null) continue;
            for (int q = 0; q < a.quotes().size(); q++) {
                String said = SpeakerName.of(a, a.quotes().get(q));
                if (said != null && keys.contains(Names.key(said))) quotes.add(new Speakers.QuoteRef(doc, q));
            }
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Speakers.Speaker(Names.key(name), name, List.copyOf(quotes)));
    }

    /** The name keys of every form the article gives the entity ("Tony Blair", "Mr Blair"). */
    private static Set<String> keysOf(Entity entity) {
        Set<String> keys = new java.util.HashSet<>();
        keys.add(Names.key(entity.name()));
        entity.aliases().forEach(a -> keys.add(Names.key(a)));
        keys.remove("");
        return keys;
    }

    private static Optional<Speakers.Speaker> containing(List<Speakers.Speaker> speakers, Speakers.QuoteRef quote) {
        return speakers.stream().filter(s -> s.quotes().contains(quote)).findFirst();
    }
}
