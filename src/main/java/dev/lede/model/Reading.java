package dev.lede.model;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The rules of reading an article: stepping through its quotes, search matches and an entity's mentions. */
final class Reading {

    private Reading() {
    }

    /** {@code ]} and {@code [}: the next quote, of the article, of the listed articles, or of a chosen speaker. */
    static void stepQuote(Draft d, int direction) {
        SpeakerQuotes speaker = d.speakerQuotes;
        if (speaker != null) {
            Wrap step = Wrap.step(speaker.current(), direction, speaker.size());
            if (step.wrapped()) d.say(Wrap.notice("quote of " + speaker.speaker().name(), direction));
            goToSpeakerQuote(d, step.index());
            return;
        }
        if (d.openDocument < 0) return;
        List<Quote> quotes = d.quotes();
        Wrap step = quotes.isEmpty() ? null : Wrap.step(d.currentQuote, direction, quotes.size());
        if (step != null && !step.wrapped()) {
            setQuote(d, step.index());
        } else if (d.filter != null && quoteInNeighbour(d, direction)) {
            return;
        } else if (step == null) {
            d.say(d.library.annotation(d.openDocument) != null ? "no quotes in this article" : "this article is still being annotated");
        } else {
            setQuote(d, step.index());
            d.say(Wrap.notice("quote", direction));
        }
    }

    /** With a filter, {@code ]} past the last quote goes on to the next listed article that has quotes. */
    private static boolean quoteInNeighbour(Draft d, int direction) {
        int here = d.visible.indexOf(d.openDocument);
        int n = d.visible.size();
        for (int step = 1; step <= n; step++) {
            int position = Math.floorMod(here + direction * step, n);
            int doc = d.visible.get(position);
            Annotation a = d.library.annotation(doc);
            if (doc == d.openDocument || a == null || a.quotes().isEmpty()) continue;
            boolean wrapped = direction > 0 ? position <= here : position >= here;
            d.open(doc);
            setQuote(d, direction > 0 ? 0 : a.quotes().size() - 1);
            if (wrapped) d.say(Wrap.notice("article", direction));
            return true;
        }
        return false;
    }

    static void setQuote(Draft d, int index) {
        d.currentQuote = index;
        d.quoteCursor = index;
        Quote quote = d.quotes().get(index);
        d.reveal = new Span(quote.start(), quote.end());
        for (int i = 0; i < d.entities.size(); i++) {
            if (Objects.equals(d.entities.get(i).id(), quote.speakerEntity())) d.entityCursor = i;
        }
    }

    /** Opens the quote's article and makes it the current quote; the navigator keeps the speaker's list. */
    static void goToSpeakerQuote(Draft d, int index) {
        d.speakerQuotes = d.speakerQuotes.at(index);
        Speakers.QuoteRef ref = d.speakerQuotes.quotes().get(index);
        d.open(ref.document());
        if (ref.quote() < d.quotes().size()) setQuote(d, ref.quote());
    }

    /** {@code n} and {@code N}: the next search match, or else the next mention of the selected entity. */
    static void stepMatch(Draft d, int direction) {
        if (!d.matches.isEmpty()) {
            Wrap step = Wrap.step(d.currentMatch, direction, d.matches.size());
            if (step.wrapped()) d.say(Wrap.notice("match", direction));
            goToMatch(d, step.index());
        } else if (!d.search.isEmpty()) {
            d.say("no match for \"" + d.search + "\"");
        } else {
            stepMention(d, direction);
        }
    }

    static void goToMatch(Draft d, int index) {
        d.currentMatch = index;
        d.reveal = d.matches.get(index);
    }

    private static void stepMention(Draft d, int direction) {
        List<Mention> mentions = emphasisedMentions(d);
        if (mentions.isEmpty()) {
            d.say(d.filter == null
                    ? "choose an entity first (" + d.keys().key(BrowseMode.Act.OPEN) + " in the sidebar, or " + d.keys().key(BrowseMode.Act.FILTER_ENTITY) + ")"
                    : d.filter.name() + " is not mentioned in this article");
            return;
        }
        Mention target = null;
        for (int i = 0; i < mentions.size() && target == null; i++) {
            Mention m = mentions.get(direction > 0 ? i : mentions.size() - 1 - i);
            if (direction > 0 ? m.start() > d.lastMention : d.lastMention < 0 || m.start() < d.lastMention) target = m;
        }
        if (target == null) {
            target = direction > 0 ? mentions.get(0) : mentions.get(mentions.size() - 1);
            d.say(Wrap.notice("mention", direction));
        }
        d.lastMention = target.start();
        d.reveal = new Span(target.start(), target.end());
    }

    /** With a filter, an article opens where the entity is first named. */
    static void revealFirstMention(Draft d) {
        if (d.filter == null) return;
        List<Mention> mentions = emphasisedMentions(d);
        if (mentions.isEmpty()) return;
        Mention first = mentions.get(0);
        d.lastMention = first.start();
        d.reveal = new Span(first.start(), first.end());
    }

    private static List<Mention> emphasisedMentions(Draft d) {
        List<Entity> chosen = new ArrayList<>();
        for (int i = 0; i < d.entities.size(); i++) {
            Entity e = d.entities.get(i);
            if (d.filter != null ? d.filter.matches(d.library.corpusEntities(), d.openDocument, e, d.annotation()) : i == d.entityCursor) chosen.add(e);
        }
        return chosen.stream().flatMap(e -> e.mentions().stream()).sorted(Comparator.comparingInt(Mention::start)).toList();
    }
}
