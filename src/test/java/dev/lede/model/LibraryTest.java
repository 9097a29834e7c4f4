package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void annotatesInTheBackgroundAndIndexesEntities() throws InterruptedException {
        Articles articles = Articles.sample().failed("broken.txt", "not UTF-8");
        Library reference = articles.library();
        try (Library library = Library.annotating(articles.documents(), replaying(reference), 2)) {
            awaitAnnotated(library, 4);
            assertThat(library.annotatedCount()).isEqualTo(4);
            assertThat(library.annotation(3)).isEqualTo(Annotation.EMPTY);
            // Linking follows once annotation is complete, on the index thread.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (library.filterNamed("Tony Blair").isEmpty()) {
                assertThat(System.nanoTime()).as("linked within 10 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(library.documentsMentioning(library.filterNamed("Tony Blair").orElseThrow())).containsExactly(1);
        }
    }

    @Test
    void listenersHearOfArrivalsAfterTheyRegister() {
        Annotator slow = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Annotation.EMPTY;
            }

            @Override
            public String version() {
                return "slow";
            }
        };
        List<Integer> arrived = new CopyOnWriteArrayList<>();
        try (Library library = Library.annotating(Articles.sample().documents(), slow, 1)) {
            library.addListener(arrived::add);
            awaitAnnotated(library, 3);
            // Listeners hear of a document just after it counts as annotated: give the last one a moment.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!arrived.contains(2) && System.nanoTime() < deadline) Thread.onSpinWait();
        }
        assertThat(arrived).contains(2);
    }

    @Test
    void aPrioritizedDocumentIsAnnotatedNext() {
        Articles articles = new Articles();
        for (int i = 0; i < 6; i++) articles.add("Article " + i, "Text " + i + ".", List.of(), List.of());
        List<String> order = new CopyOnWriteArrayList<>();
        Annotator recording = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                order.add(text.lines().findFirst().orElseThrow());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Annotation.EMPTY;
            }

            @Override
            public String version() {
                return "recording";
            }
        };
        try (Library library = Library.annotating(articles.documents(), recording, 1)) {
            library.prioritize(5);
            awaitAnnotated(library, 6);
        }
        assertThat(order.subList(0, 2)).contains("Article 5");
    }

    private static void awaitAnnotated(Library library, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (library.annotatedCount() < count && System.nanoTime() < deadline) Thread.onSpinWait();
    }

    @Test
    void anAnnotatorFailureMarksOnlyThatDocument() {
        Articles articles = Articles.sample();
        Annotator failing = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                if (text.contains("Blair")) throw new IllegalStateException("boom");
                return Annotation.EMPTY;
            }

            @Override
            public String version() {
                return "failing";
            }
        };
        try (Library library = Library.annotating(articles.documents(), failing, 1)) {
            awaitAnnotated(library, 3);
            assertThat(library.annotationFailure(1)).contains("annotation failed: boom");
            assertThat(library.annotationFailure(0)).isEmpty();
        }
    }

    /** An annotator that gives each text the annotation a reference library has for it. */
    private static Annotator replaying(Library reference) {
        return new Annotator() {
            @Override
            public Annotation annotate(String text) {
                for (int i = 0; i < reference.size(); i++) {
                    if (reference.document(i).text().equals(text)) return reference.annotation(i);
                }
                throw new IllegalStateException("unknown text");
            }

            @Override
            public String version() {
                return "replaying";
            }
        };
    }

    @Test
    void entitiesAndSpeakersAreLinkedAcrossArticlesAsAnnotationsArrive() throws Exception {
        try (Library library = Library.annotating(Articles.sample().documents(), replaying(Articles.sample().library()), 2)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (library.corpusEntities().named("Jazayeri").map(CorpusEntity::documentCount).orElse(0) < 2) {
                assertThat(System.nanoTime()).as("linked within 10 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(library.corpusEntities().named("Jazayeri").orElseThrow().name()).isEqualTo("Masoud Jazayeri");
            assertThat(library.speakers().get(0).name()).isEqualTo("Masoud Jazayeri");
            assertThat(library.speakers().get(0).quotes()).hasSize(3);
        }
    }

    @Test
    void entityNamesForTypeAheadPutPrefixesFirst() {
        Library library = Articles.sample().library();
        assertThat(library.suggestEntities("jaz", 5)).extracting(CorpusEntity::name).containsExactly("Masoud Jazayeri");
        assertThat(library.suggestEntities("", 2)).hasSize(2);
    }

    @Test
    void annotationAskedToWaitForTheFirstFrameStartsWhenAViewIsShown() throws Exception {
        Annotator counting = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                return Annotation.EMPTY;
            }

            @Override
            public String version() {
                return "counting";
            }
        };
        try (Library library = new Library(Articles.sample().documents())) {
            library.startAnnotatingWhenShown(() -> counting, 2);
            Thread.sleep(100);
            assertThat(library.annotatedCount()).isZero();
            library.shown();
            library.shown(); // later frames change nothing
            awaitAnnotated(library, library.size());
            assertThat(library.annotatedCount()).isEqualTo(library.size());
        }
    }

    /** The arts folder names the band Franz Ferdinand in full; the sport folder says "Ferdinand" of a footballer. */
    @Test
    void aSurnameAloneIsLinkedOnlyToAFullNameItsOwnFolderWrites() throws Exception {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 3; i++) documents.add(article("arts/" + i + ".txt", "Franz Ferdinand played " + i + "."));
        documents.add(article("arts/3.txt", "Ferdinand played again."));
        documents.add(article("sport/4.txt", "Ferdinand scored."));
        Annotator names = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                String name = text.startsWith("Franz") ? "Franz Ferdinand" : "Ferdinand";
                Entity person = new Entity("e1", name, EntityType.PERSON, List.of(), List.of(new Mention(0, name.length(), name)));
                return new Annotation(List.of(person), List.of());
            }

            @Override
            public String version() {
                return "names";
            }
        };
        try (Library library = Library.annotating(documents, names, 1)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // A linking made after the first article only is not behind until the next one is published.
            while (library.annotatedCount() < documents.size() || library.corpusEntities().documentCount() < documents.size()
                    || library.isLinkingBehind()) {
                assertThat(System.nanoTime()).as("linked within 10 s").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(library.corpusEntities().named("Franz Ferdinand").orElseThrow().documents()).containsExactly(0, 1, 2, 3);
            assertThat(library.corpusEntities().all()).filteredOn(e -> e.name().equals("Ferdinand"))
                    .singleElement().extracting(CorpusEntity::documents).isEqualTo(new int[] {4});
        }
    }

    private static Document article(String id, String text) {
        return new Document(id, Path.of("/news").resolve(id), text, text, null, null);
    }
}
