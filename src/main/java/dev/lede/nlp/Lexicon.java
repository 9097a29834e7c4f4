package dev.lede.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules consult, read once from the resources beside this class. Every lookup is by
 * lower-case form; multi-word names are joined by single spaces.
 */
final class Lexicon {

    /** CRC-32 of every list as read, so an edited list changes the annotator's version (and the cache key). */
    private static final Lexicon INSTANCE = new Lexicon();

    final Set<String> locations = names("locations.txt");
    final Set<String> organizations = names("organizations.txt");
    final Set<String> firstNames = words("first-names.txt");
    final Set<String> titles = words("titles.txt");
    final Set<String> titleModifiers = words("title-modifiers.txt");
    final Set<String> demonyms = words("demonyms.txt");
    final Set<String> functionWords = words("function-words.txt");
    final Set<String> nonNames = words("non-names.txt");
    final Set<String> organizationWords = words("organization-words.txt");
    final Set<String> locationWords = words("location-words.txt");
    final Set<String> eventWords = words("event-words.txt");
    final Set<String> femaleNames = words("female-names.txt");
    /** Every name with an alias list ("US", "America") → the usual name of that entity ("united states"). */
    final Map<String, String> canonical = aliases("aliases.txt");

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
    }

    boolean isLocation(String name) {
        return locations.contains(name.toLowerCase(Locale.ROOT));
    }

    boolean isOrganization(String name) {
        return organizations.contains(name.toLowerCase(Locale.ROOT));
    }

    /** "US", "America" and "United States" → "united states"; any other name → its lower-case form. */
    String canonical(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return canonical.getOrDefault(key, key);
    }

    private static Set<String> names(String resource) {
        Set<String> out = new HashSet<>();
        read(resource, line -> out.add(line.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        read(resource, line -> {
            for (String w : line.split("\\s+")) out.add(w.toLowerCase(Locale.ROOT));
        });
        return Set.copyOf(out);
    }

    private static Map<String, String> aliases(String resource) {
        Map<String, String> out = new HashMap<>();
        read(resource, line -> {
            String[] forms = line.split("\\|");
            for (String f : forms) out.putIfAbsent(f.strip().toLowerCase(Locale.ROOT), forms[0].strip().toLowerCase(Locale.ROOT));
        });
        return Map.copyOf(out);
    }

    private static void read(String resource, java.util.function.Consumer<String> line) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing word list " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                String s = l.strip();
                if (!s.isEmpty() && !s.startsWith("#")) line.accept(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
