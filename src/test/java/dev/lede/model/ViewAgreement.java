package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks, for every entity of a library, that each view's mention set is the one set the linking made, and for
 * every speaker that each view's quoted set is the one set; and that every set is honest (the article names it).
 */
final class ViewAgreement {

    private ViewAgreement() {
    }

    /** {@code f} (its name typed offers it; Enter lists its set), Enter in the sidebar in each of its articles, the overview. */
    static void everyMentionSetAgrees(Library library) {
        CorpusEntities linked = library.corpusEntities();
        Map<String, Set<Integer>> bySidebar = new HashMap<>();
        for (int doc = 0; doc < library.size(); doc++) {
            Annotation a = library.annotation(doc);
            if (a == null || library.duplicates().isCopy(doc)) continue;
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.OTHER) continue;
                EntityFilter filter = library.filterFor(doc, e).orElseThrow(() -> new AssertionError(e + " is not linked"));
                bySidebar.computeIfAbsent(filter.key(), k -> new TreeSet<>()).add(doc);
                assertThat(library.documentsMentioning(filter)).as("Enter on %s in article %d", e.name(), doc).contains(doc);
            }
        }
        for (CorpusEntity e : linked.all()) {
            Set<Integer> set = Arrays.stream(e.documents()).boxed().collect(Collectors.toCollection(TreeSet::new));
            // A given name alone ("Charles" beside Charles Kennedy) is an entity of its one article, which f does not offer.
            if (!e.key().startsWith("g:")) assertThat(PromptMode.offered(library, e.name())).as("f %s offers it", e.name()).contains(e);
            assertThat(library.documentsMentioning(EntityFilter.of(e))).as("f %s", e.name()).isEqualTo(set);
            assertThat(bySidebar.get(e.key())).as("sidebar articles of %s", e.name()).isEqualTo(set);
        }
        Overview overview = Overview.of(library, linked, null, null, ListFind.NONE);
        for (Overview.Bar bar : overview.bars(Overview.LIMIT)) {
            assertThat(bar.documents()).as("bar of %s", bar.entity().name()).isEqualTo(bar.entity().documentCount());
            assertThat(library.documentsMentioning(bar.filter())).as("Enter on the bar of %s", bar.entity().name())
                    .hasSize(bar.documents());
        }
    }

    /** Every article of a person's set names their surname; of an organization's or place's, one of its forms. */
    static void everyMentionSetIsNamedInItsArticles(Library library) {
        for (CorpusEntity e : library.corpusEntities().all()) {
            List<String> forms = e.type() == EntityType.PERSON ? List.of(surname(e))
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()).toList();
            for (int doc : e.documents()) {
                String text = library.document(doc).text().toLowerCase(Locale.ROOT);
                assertThat(forms).as("%s (%s) in %s", e.name(), e.key(), library.document(doc).id())
                        .anyMatch(f -> text.contains(f.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String surname(CorpusEntity e) {
        String core = e.key().substring(2);
        return e.key().startsWith("g:") ? e.name() : core.substring(core.lastIndexOf(' ') + 1);
    }

    /** {@code s}, Enter on a speaker (the quote list), and the lookup {@code export --speaker} makes: one quoted set. */
    static void everyQuotedSetAgrees(Library library, int speakersToOpen) {
        List<Speakers.Speaker> speakers = library.speakers();
        for (Speakers.Speaker s : speakers) {
            assertThat(Speakers.named(speakers, library.corpusEntities(), s.name())).as("--speaker %s", s.name()).contains(s);
        }
        SessionDriver session = new SessionDriver(library, List.of("default"), "default");
        for (int i = 0; i < Math.min(speakersToOpen, speakers.size()); i++) {
            session.press("s", "g");
            assertThat(session.speakers()).isEqualTo(speakers);
            session.move(i);
            session.press("Enter");
            assertThat(session.speakerQuotes().quotes()).as("quote list of %s", speakers.get(i).name())
                    .isEqualTo(speakers.get(i).quotes());
            session.press("Esc");
        }
    }
}
