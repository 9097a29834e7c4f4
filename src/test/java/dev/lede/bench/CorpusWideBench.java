package dev.lede.bench;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.model.Keymap;
import dev.lede.model.Library;
import dev.lede.model.Message;
import dev.lede.model.Setup;
import dev.lede.model.SpeakersMode;
import dev.lede.model.State;
import dev.lede.model.Update;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The corpus-wide features on a synthetic corpus of N articles (default 100,000), each naming a dozen
 * entities out of a pool with a long tail and quoting two of them: linking, overview (all and filtered),
 * speakers, search index and a query. Prints one "name: value" line per figure.
 *
 * <p>usage: CorpusWideBench [ARTICLES]
 */
public final class CorpusWideBench {

    private static final String[] GIVEN = {"Tony", "Gordon", "Cherie", "Anna", "Masoud", "Maria", "John", "Li", "Ahmed", "Sara"};
    private static final String[] FAMILY = {"Blair", "Brown", "Jazayeri", "Smith", "Garcia", "Chen", "Okafor", "Novak", "Silva", "Kim",
        "Haddad", "Larsen", "Ivanova", "Moreau", "Rossi", "Tanaka", "Singh", "Kowalski", "Murphy", "Schmidt"};
    private static final String[] WORDS = {"budget", "election", "talks", "market", "storm", "match", "court", "festival", "strike", "deal"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(7);
        List<Document> docs = new ArrayList<>(n);
        List<Annotation> annotations = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            StringBuilder text = new StringBuilder();
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + d;
            text.append(title).append("\n\n");
            List<Entity> entities = new ArrayList<>();
            for (int e = 0; e < 12; e++) {
                // A long tail: a few names everywhere, most names rare.
                int rank = random.nextBoolean() ? 1 + random.nextInt(500_000) : (int) Math.min(500_000, Math.floor(1 / Math.max(1e-6, random.nextDouble())));
                EntityType type = EntityType.values()[e % 3];
                String name = type == EntityType.PERSON
                        ? GIVEN[rank % GIVEN.length] + " " + FAMILY[(rank / GIVEN.length) % FAMILY.length] + (rank >= 200 ? " " + rank : "")
                        : (type == EntityType.ORGANIZATION ? "Org " : "Place ") + rank;
                int start = text.length();
                text.append(name).append(" said \"").append(WORDS[random.nextInt(WORDS.length)]).append(" is coming\" today. ");
                entities.add(new Entity("e" + e, name, type, List.of(), List.of(new Mention(start, start + name.length(), name))));
            }
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 2; q++) {
                Entity speaker = entities.get(q * 3);
                int open = text.indexOf("\"", speaker.mentions().get(0).end()) + 1;
                int close = text.indexOf("\"", open);
                quotes.add(new Quote(open, close, text.substring(open, close), speaker.name(), speaker.id()));
            }
            docs.add(new Document("doc" + d, Path.of("doc" + d), title, text.toString(), null, null));
            annotations.add(new Annotation(entities, quotes));
        }
        System.out.println("articles: " + n);

        long t = System.nanoTime();
        Library library = Library.annotated(docs, annotations);
        report("library with linking", t);
        System.out.println("linked entities: " + library.corpusEntities().all().size());
        t = System.nanoTime();
        CorpusEntities.build(annotations);
        report("linking alone", t);

        State session = Update.start(new Setup(library, Keymap.defaults(), List.of("default"), true, false, () -> "quotes.md"), "default").state();
        t = System.nanoTime();
        session = press(session, "o");
        report("overview, whole corpus", t);
        session = press(session, "o", "f");
        session = type(session, library.suggestEntities("", 1).get(0).name());
        session = press(session, "Enter");
        System.out.println("filtered documents: " + session.visibleDocuments().size());
        t = System.nanoTime();
        session = press(session, "o");
        report("overview, filtered", t);
        session = press(session, "o", "Esc");

        t = System.nanoTime();
        session = press(session, "s");
        report("speakers", t);
        System.out.println("speakers listed: " + ((SpeakersMode) session.mode()).speakers().size());
        session = press(session, "Enter");
        t = System.nanoTime();
        for (int i = 0; i < 100; i++) session = press(session, "]");
        report("100 x next quote of a speaker", t);
        session = press(session, "Esc");

        t = System.nanoTime();
        library.textSearch().join();
        report("search index", t);
        session = type(press(session, "1", "/"), "budget election");
        t = System.nanoTime();
        session = press(session, "Enter");
        report("search", t);
        System.out.println("search results: " + session.visibleDocuments().size());
        library.close();
    }

    private static State press(State session, String... keys) {
        for (String key : keys) session = Update.update(session, new Message.Key(key)).state();
        return session;
    }

    private static State type(State session, String text) {
        for (int c : text.codePoints().toArray()) session = press(session, c == ' ' ? "Space" : Character.toString(c));
        return session;
    }

    private static void report(String what, long since) {
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - since) / 1_000_000);
    }
}
