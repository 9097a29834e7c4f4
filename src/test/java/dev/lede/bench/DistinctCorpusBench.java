package dev.lede.bench;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Duplicates;
import dev.lede.model.Keymap;
import dev.lede.model.Library;
import dev.lede.model.Message;
import dev.lede.model.Setup;
import dev.lede.model.State;
import dev.lede.model.Update;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Type-ahead and the corpus views at scale, on N (default 100,000) distinct articles made from bbc: each a bbc
 * title and 8–16 sentences drawn from any bbc article, with people's names varied (a given name and a surname
 * from pools, so there are tens of thousands of people), annotated for real. Prints the time to annotate and
 * link, then each keystroke's model update on the UI thread in {@code f}, the overview and the speakers: p50,
 * p99 and max, and the time to open each.
 *
 * <p>usage: DistinctCorpusBench BBC_FOLDER [ARTICLES]
 */
public final class DistinctCorpusBench {

    private static final Pattern FULL_NAME = Pattern.compile("\\b(Mr|Mrs|Ms|[A-Z][a-z]+) ([A-Z][a-z]{2,})\\b");
    private static final String[] SYLLABLES = {"ar", "ben", "cor", "dal", "el", "fen", "gar", "hol", "is", "jon",
        "kel", "lin", "mor", "nes", "ok", "par", "quin", "ros", "sel", "tor", "ul", "ven", "wes", "yar", "zel"};

    public static void main(String[] args) {
        Path bbc = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<Document> source = CorpusLoader.load(List.of(bbc)).stream().filter(d -> !d.isFailed()).toList();
        List<String> sentences = new ArrayList<>();
        for (Document d : source) {
            for (String s : d.text().substring(d.title().length()).split("(?<=[.!?][\"']?)\\s+")) if (s.length() > 20) sentences.add(s.strip());
        }
        Random random = new Random(100);
        List<String> surnames = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) surnames.add(name(random, 2 + random.nextInt(2)));
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 300; i++) given.add(name(random, 2));
        List<Document> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document from = source.get(random.nextInt(source.size()));
            StringBuilder text = new StringBuilder(from.title()).append("\n\n");
            int count = 8 + random.nextInt(9);
            // Names vary by article, and an article keeps its people: "Mr X" later is the X named before.
            String surname = surnames.get((int) Math.min(surnames.size() - 1, Math.abs(random.nextGaussian()) * 3000));
            String person = given.get(random.nextInt(given.size())) + " " + surname;
            for (int s = 0; s < count; s++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                Matcher m = FULL_NAME.matcher(sentence);
                StringBuilder varied = new StringBuilder();
                while (m.find()) {
                    String replacement = m.group(1).startsWith("M") && m.group(1).length() <= 3 ? m.group(1) + " " + surname : person;
                    m.appendReplacement(varied, Matcher.quoteReplacement(random.nextInt(3) == 0 ? m.group() : replacement));
                }
                m.appendTail(varied);
                text.append(varied).append(s % 4 == 3 ? "\n\n" : " ");
            }
            String id = "distinct/" + i + ".txt";
            docs.add(new Document(id, Path.of(id), from.title(), text.toString().strip() + "\n", null, null));
        }
        System.out.println("articles: " + n + " from " + source.size() + " bbc articles, " + sentences.size() + " sentences");
        long t = System.nanoTime();
        System.out.println("copies among them: " + Duplicates.of(docs).copyCount());
        report("duplicate detection", t);

        t = System.nanoTime();
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Annotation> annotations = docs.parallelStream().map(d -> annotator.annotate(d.text())).toList();
        report("annotation (all cores)", t);
        t = System.nanoTime();
        Library library = Library.annotated(docs, annotations);
        report("linking, speakers and type-ahead", t);
        System.out.println("linked entities: " + library.corpusEntities().all().size() + ", speakers: " + library.speakers().size());

        State session = Update.start(new Setup(library, Keymap.defaults(), List.of("default"), true, false, () -> "quotes.md"), "default").state();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            boolean last = round == 1;
            Timings f = new Timings("f");
            Timings overview = new Timings("overview");
            Timings speakers = new Timings("speakers");
            List<CorpusEntity> named = library.corpusEntities().all();
            for (int k = 0; k < 100; k++) {
                session = f.open(session, "f");
                String name = named.get(random.nextInt(named.size())).name();
                for (int c = 0; c < Math.min(8, name.length()); c++) session = f.key(session, key(name.charAt(c)));
                session = f.key(session, "Backspace");
                session = f.key(session, "Down");
                session = f.key(session, "Esc");
            }
            for (int k = 0; k < 20; k++) {
                session = overview.open(session, "o");
                for (String key : List.of("j", "j", "Tab", "j", "k", "Tab", "g", "G")) session = overview.key(session, key);
                session = overview.key(session, "Enter");
                session = overview.open(session, "o");
                session = overview.key(session, "j");
                session = overview.key(session, "Esc");
                session = Update.update(session, new Message.Key("Esc")).state();
                session = speakers.open(session, "s");
                for (String key : List.of("j", "j", "j", "PgDn", "k", "G", "g")) session = speakers.key(session, key);
                session = speakers.key(session, "Enter");
                session = Update.update(session, new Message.Key("Esc")).state();
            }
            if (last) {
                f.print();
                overview.print();
                speakers.print();
            }
        }
        library.close();
    }

    private static String key(char c) {
        return c == ' ' ? "Space" : String.valueOf(c);
    }

    private static String name(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static void report(String what, long since) {
        System.out.printf("%s: %d ms%n", what, (System.nanoTime() - since) / 1_000_000);
    }

    /** Each key's update, in nanoseconds; opening (f, o, s) kept apart. */
    private static final class Timings {
        private final String view;
        private final List<Long> keys = new ArrayList<>();
        private final List<Long> opens = new ArrayList<>();

        Timings(String view) {
            this.view = view;
        }

        State open(State s, String key) {
            return timed(s, key, opens);
        }

        State key(State s, String key) {
            return timed(s, key, keys);
        }

        private static State timed(State s, String key, List<Long> into) {
            long t = System.nanoTime();
            State next = Update.update(s, new Message.Key(key)).state();
            into.add(System.nanoTime() - t);
            return next;
        }

        void print() {
            System.out.printf("%s keystroke: %s; opening: %s%n", view, summary(keys), summary(opens));
        }

        private static String summary(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int p99 = (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1);
            return String.format("n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted.length, sorted[sorted.length / 2] / 1e6,
                    sorted[p99] / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }
}
