package dev.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N distinct articles made from the bbc corpus, as one JSON Lines file and as .txt files in folders (1,000
 * a folder): each article recombines sentences of bbc articles of one section (business, politics, …), and the
 * surnames in them (words after Mr, Mrs, Ms, Dr) are swapped for other surnames of the corpus, differently in each
 * article but consistently within it, so names vary across the corpus as in real news. Deterministic (seeded by
 * the article number); a 64-bit hash of every text checks that no two are the same. Used by {@code ./bench --1m}.
 *
 * <p>usage: MillionCorpus BBC_DIR OUT_DIR ARTICLES — writes OUT_DIR/articles.jsonl and OUT_DIR/folders/
 */
public final class MillionCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"']?)\\s+(?=[\"A-Z])");
    private static final Pattern TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr) ([A-Z][a-z]+)");

    public static void main(String[] args) throws IOException {
        Path bbc = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int articles = Integer.parseInt(args[2]);
        Map<String, List<String>> sentencesBySection = new TreeMap<>();
        Set<String> surnames = new TreeSet<>();
        try (Stream<Path> files = Files.walk(bbc)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String section = bbc.relativize(file).getName(0).toString();
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                String body = text.substring(Math.max(0, text.indexOf('\n'))).strip();
                List<String> pool = sentencesBySection.computeIfAbsent(section, k -> new ArrayList<>());
                for (String paragraph : body.split("\\n\\s*\\n")) {
                    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                        if (sentence.length() > 20) pool.add(sentence.strip());
                    }
                }
                Matcher m = TITLED.matcher(text);
                while (m.find()) surnames.add(m.group(1));
            }
        }
        List<String> sections = List.copyOf(sentencesBySection.keySet());
        List<String> names = List.copyOf(surnames);
        Files.createDirectories(out.resolve("folders"));
        Set<Long> seen = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        int duplicates = 0;
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
             JsonGenerator json = new JsonFactory().createGenerator(w)) {
            for (int i = 0; i < articles; i++) {
                String section = sections.get(i % sections.size());
                List<String> pool = sentencesBySection.get(section);
                SplittableRandom random = new SplittableRandom(0x1ede_0000L + i);
                String title = title(pool.get(random.nextInt(pool.size())));
                StringBuilder text = new StringBuilder();
                int paragraphs = 4 + random.nextInt(6);
                for (int p = 0; p < paragraphs; p++) {
                    if (p > 0) text.append("\n\n");
                    int sentences = 1 + random.nextInt(3);
                    for (int s = 0; s < sentences; s++) {
                        if (s > 0) text.append(' ');
                        text.append(pool.get(random.nextInt(pool.size())));
                    }
                }
                String body = varyNames(text.toString(), names, random.nextLong());
                if (!seen.add(hash(title + "\n" + body))) duplicates++;
                json.writeStartObject();
                json.writeStringField("title", title);
                json.writeStringField("text", body);
                json.writeStringField("date", String.format("20%02d-%02d-%02dT12:00:00Z", 5 + i % 15, 1 + i % 12, 1 + i % 28));
                json.writeStringField("url", "https://news.example/" + section + "/" + i);
                json.writeStringField("source", "Example News");
                json.writeEndObject();
                json.writeRaw('\n');
                Path folder = out.resolve("folders").resolve(section).resolve(String.format("%04d", i / sections.size() / 1000));
                if (folders.add(folder)) Files.createDirectories(folder);
                Files.writeString(folder.resolve(String.format("%07d.txt", i)), title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
            }
        }
        System.out.printf("wrote %d articles (%d with a text seen before) in %.0f s: %s (%.0f MB) and %s%n", articles,
                duplicates, (System.nanoTime() - start) / 1e9, out.resolve("articles.jsonl"),
                Files.size(out.resolve("articles.jsonl")) / 1048576.0, out.resolve("folders"));
    }

    /** A sentence as a headline: its first dozen words, without the final stop. */
    private static String title(String sentence) {
        String[] words = sentence.replaceAll("[.!?\"']+$", "").split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(12, words.length)));
    }

    /** Each titled surname becomes another surname of the corpus, wherever it occurs in this article. */
    private static String varyNames(String text, List<String> names, long seed) {
        if (names.isEmpty()) return text;
        Map<String, String> swap = new TreeMap<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            swap.putIfAbsent(name, names.get((int) Math.floorMod(name.hashCode() * 31L + seed, (long) names.size())));
        }
        if (swap.isEmpty()) return text;
        Matcher word = Pattern.compile("\\b(" + String.join("|", swap.keySet()) + ")\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) word.appendReplacement(out, Matcher.quoteReplacement(swap.get(word.group(1))));
        word.appendTail(out);
        return out.toString();
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }
}
