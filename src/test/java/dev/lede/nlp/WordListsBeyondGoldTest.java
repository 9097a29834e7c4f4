package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-made word-list entry may be there for the gold articles alone: every entry that occurs in
 * ../shared/corpus must occur in some article that is not a gold article. (Entries found nowhere are
 * general knowledge, not fitted to the gold; the generated lists come from outside sources.)
 */
class WordListsBeyondGoldTest {

    private static final Path SHARED = Path.of(System.getProperty("lede.shared", "../shared"));
    private static final List<String> HAND_LISTS = List.of("locations.txt", "organizations.txt", "aliases.txt", "first-names.txt",
            "female-names.txt", "organization-words.txt", "location-words.txt", "event-words.txt", "event-prefixes.txt",
            "titles.txt", "title-modifiers.txt", "demonyms.txt", "non-names.txt", "role-nouns.txt", "organization-nouns.txt",
            "of-heads.txt", "name-particles.txt", "directions.txt", "place-prepositions.txt", "honorifics.txt",
            "name-suffixes.txt", "work-title-cues.txt", "speech-verbs.txt", "group-nouns.txt", "person-nouns.txt",
            "characterizing-verbs.txt", "naming-words.txt", "women-s-titles.txt", "men-s-titles.txt", "document-nouns.txt", "surname-modified-nouns.txt", "sub-body-nouns.txt", "apposition-body-nouns.txt",
            "apposition-head-followers.txt", "stake-nouns.txt", "body-name-prepositions.txt",
            "lawsuit-nouns.txt", "suing-verbs.txt", "filing-verbs.txt", "format-nouns.txt", "nationality-nouns.txt", "publication-name-endings.txt",
            "publication-name-openers.txt", "finding-verbs.txt", "department-heads.txt",
            "clipped-words.txt");
    private static final Set<String> ONE_NAME_PER_LINE = Set.of("locations.txt", "organizations.txt");

    @Test
    void noEntryOccursOnlyInGoldArticles() throws IOException {
        Path corpus = SHARED.resolve("corpus");
        Path gold = SHARED.resolve("gold/dev");
        assumeTrue(Files.isDirectory(corpus) && Files.isDirectory(gold), "needs ../shared/corpus and ../shared/gold/dev");
        Set<Path> goldArticles = goldArticles(gold, corpus);
        Path polnearGold = SHARED.resolve("gold/polnear-dev"); // its articles are gold too: a list fitted to them is no better
        if (Files.isDirectory(polnearGold)) goldArticles.addAll(goldArticles(polnearGold, corpus));
        Map<String, List<String>> entriesByList = new HashMap<>();
        Set<String> entries = new HashSet<>();
        int longest = 1;
        for (String list : HAND_LISTS) {
            List<String> normalized = entries(list).stream().map(WordListsBeyondGoldTest::normalize).toList();
            entriesByList.put(list, normalized);
            entries.addAll(normalized);
            for (String e : normalized) longest = Math.max(longest, e.split(" ").length);
        }
        Set<String> inGold = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        List<Path> articles;
        try (Stream<Path> files = Files.walk(corpus)) {
            articles = files.filter(Files::isRegularFile).toList();
        }
        for (Path article : articles) {
            Set<String> found = occurring(new String(Files.readAllBytes(article), StandardCharsets.UTF_8), entries, longest);
            (goldArticles.contains(article.toAbsolutePath().normalize()) ? inGold : elsewhere).addAll(found);
        }
        Set<String> onlyGold = new TreeSet<>();
        entriesByList.forEach((list, listEntries) -> {
            for (String e : listEntries) {
                if (inGold.contains(e) && !elsewhere.contains(e)) onlyGold.add(list + ": " + e);
            }
        });
        assertThat(onlyGold).as("entries found in ../shared/corpus only in gold articles").isEmpty();
    }

    /** The entries of a hand-made list as written: names, alias forms or words. */
    static List<String> entries(String list) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(list)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (list.equals("aliases.txt")) out.addAll(List.of(s.split("\\|")));
                else if (ONE_NAME_PER_LINE.contains(list)) out.add(s);
                else out.addAll(List.of(s.split("\\s+")));
            }
        }
        return out;
    }

    private static Set<Path> goldArticles(Path gold, Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<Path> out = new HashSet<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                out.add(corpus.resolve(json.readTree(f.toFile()).get("doc").asText()).toAbsolutePath().normalize());
            }
        }
        return out;
    }

    /** The entries that occur in the text as whole words, ignoring case, punctuation around words and "'s". */
    private static Set<String> occurring(String text, Set<String> entries, int longest) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) words[i] = normalize(words[i]);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder gram = new StringBuilder();
            for (int n = 0; n < longest && i + n < words.length; n++) {
                if (n > 0) gram.append(' ');
                gram.append(words[i + n]);
                if (entries.contains(gram.toString())) found.add(gram.toString());
            }
        }
        return found;
    }

    private static String normalize(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            String s = w.replaceAll("^[\"'“”‘’(\\[]+|[\"'“”‘’)\\],;:!?]+$", "");
            s = s.replaceAll("['’]s$", "").replaceAll("\\.+$", "");
            if (b.length() > 0) b.append(' ');
            b.append(s);
        }
        return b.toString();
    }
}
