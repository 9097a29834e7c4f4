package dev.lede.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the rules consult, read once from the resources beside this class (one idea per list;
 * the large lists under {@code generated/} come from tools/make-word-lists.sh). Every lookup is by
 * lower-case form; multi-word names are joined by single spaces. A list that names an entry twice is an error.
 */
final class Lexicon {

    /** CRC-32 of every list as read, so an edited list changes the annotator's version (and the cache key). */
    private static final Lexicon INSTANCE = new Lexicon();

    /** Places news names without a telling word, besides the generated countries and US states. */
    final Set<String> usStates = names("generated/us-states.txt");
    final Set<String> locations = withSaintAbbreviated(union(names("locations.txt"), names("generated/countries.txt"), usStates));
    /** Cities of the world: weak evidence, since many share a name with a person or a club. */
    final Set<String> worldCities = withSaintAbbreviated(names("generated/world-cities.txt"));
    /** Cities named like people ("Charlotte", "Austin"): places only where the words around them say so (a dateline). */
    final Set<String> citiesNamedLikePeople = words("generated/cities-named-like-people.txt");
    /** English adjectives ("crooked", "sleepy"), from WordNet. */
    final Set<String> adjectives = words("generated/english-adjectives.txt");
    /** Everyday English words the dictionary writes in lower case ("body", "soul", "shop"), from SCOWL. */
    final Set<String> everydayWords = words("generated/everyday-words.txt");
    /** Provinces, states and regions of the world: weak evidence too. */
    final Set<String> worldRegions = withSaintAbbreviated(names("generated/world-regions.txt"));
    /** The first word of every place named in more than one word ("costa" of "Costa Rica", "hong" of "Hong Kong"). */
    final Set<String> placeFirstWords = firstWords(locations, worldCities, worldRegions);
    final Set<String> organizations = names("organizations.txt");
    /** Firms and brands of openly licensed lists (S&P 500, OpenStreetMap's brands), filtered: weaker than the hand-made list. */
    final Set<String> companiesAndBrands = names("generated/companies-and-brands.txt");
    /** Contests and awards named without an event word ("Six Nations", "Oscars"): no body, though a body runs them. */
    final Set<String> namedEvents = names("named-events.txt");
    /** Programs and market indices named without a telling word ("Linux", "FTSE"): no body, though a firm makes them. */
    final Set<String> namedProducts = names("named-products.txt");
    final Set<String> femaleNames = union(words("female-names.txt"), words("generated/given-names-female.txt"));
    /** Nouns a surname after "the" modifies ("the Bush administration"). */
    final Set<String> surnameModifiedNouns = words("surname-modified-nouns.txt");
    /** Given names borne by both women and men ("Leslie", "Jordan"): they tell no gender. */
    final Set<String> unisexNames = words("generated/given-names-unisex.txt");
    /** Every given name, of either sex. */
    final Set<String> firstNames = union(words("first-names.txt"), femaleNames, words("generated/given-names-male.txt"), unisexNames);
    /** Abbreviated titles ("Sen.", "Lt."), from the sentence splitter's lists. */
    final Set<String> titleAbbreviations = words("generated/title-abbreviations.txt");
    /** Titles written out or as acronyms ("Senator", "MP"). */
    final Set<String> titleWords = words("titles.txt");
    final Set<String> titles = union(titleWords, titleAbbreviations);
    final Set<String> titleModifiers = words("title-modifiers.txt");
    final Set<String> honorifics = words("honorifics.txt");
    private final Set<String> nationalityWords = union(words("demonyms.txt"), words("nationality-nouns.txt"));
    /** The people a nationality or group word names: "Mexicans", "Democrats" (not "Swiss"). */
    final Set<String> peoples = plurals(nationalityWords);
    /** Nationality and group words and the peoples they name: not entities, nor part of a name they precede. */
    final Set<String> demonyms = union(nationalityWords, peoples);
    final Set<String> functionWords = words("function-words.txt");
    /** Days, months and festivals. */
    final Set<String> occasions = words("occasions.txt");
    /** Capitalised words that never name anything: occasions, abbreviations of units and titles, "God". */
    final Set<String> nonNames = union(occasions, words("non-names.txt"));
    final Set<String> organizationWords = words("organization-words.txt");
    final Set<String> organizationNouns = words("organization-nouns.txt");
    final Set<String> appositionBodyNouns = words("apposition-body-nouns.txt");
    final Set<String> appositionHeadFollowers = words("apposition-head-followers.txt");
    final Set<String> locationWords = words("location-words.txt");
    final Set<String> placePrepositions = words("place-prepositions.txt");
    final Set<String> placePrefixes = words("place-prefixes.txt");
    final Set<String> directions = words("directions.txt");
    final Set<String> roleNouns = words("role-nouns.txt");
    final Set<String> bodyRoles = words("body-roles.txt");
    final Set<String> bandRoles = words("band-roles.txt");
    final Set<String> teamRoles = words("team-roles.txt");
    final Set<String> musicGenres = words("music-genres.txt");
    final Set<String> eventWords = words("event-words.txt");
    final Set<String> eventPrefixes = words("event-prefixes.txt");
    final Set<String> occasionHeads = words("occasion-heads.txt");
    final Set<String> lawWords = words("law-words.txt");
    final Set<String> nameEndingTitles = words("name-ending-titles.txt");
    final Set<String> publishingVerbs = words("publishing-verbs.txt");
    final Set<String> fieldOfStudyHeads = words("field-of-study-heads.txt");
    final Set<String> bodyPossessions = names("body-possessions.txt");
    final Set<String> publicationCues = words("publication-cues.txt");
    final Set<String> memberNouns = words("member-nouns.txt");
    final Set<String> speakingOfficers = words("speaking-officers.txt");
    final Set<String> anonymousSpeakers = words("anonymous-speakers.txt");
    final Set<String> surnameTitles = words("surname-titles.txt");
    final Set<String> subBodyNouns = words("sub-body-nouns.txt");
    final Set<String> surnamePrefixes = words("surname-prefixes.txt");
    final Set<String> stakeNouns = words("stake-nouns.txt");
    final Set<String> formatNouns = words("format-nouns.txt");
    final Set<String> useVerbs = words("use-verbs.txt");
    final Set<String> possessiveDeterminers = words("possessive-determiners.txt");
    final Set<String> clockWords = words("clock-words.txt");
    final Set<String> deviceNouns = words("device-nouns.txt");
    final Set<String> surnamePlaceWords = words("surname-place-words.txt");
    final Set<String> particles = words("name-particles.txt");
    final Set<String> ofHeads = words("of-heads.txt");
    final Set<String> joiners = words("name-joiners.txt");
    final Set<String> bodyNamePrepositions = words("body-name-prepositions.txt");
    final Set<String> nameSuffixes = words("name-suffixes.txt");
    final Set<String> workTitleCues = words("work-title-cues.txt");
    final Set<String> workNouns = words("work-nouns.txt");
    final Set<String> programmeNameEndings = words("programme-name-endings.txt");
    final Set<String> initialsSkipped = words("initials-skipped.txt");
    final Set<String> contractions = words("contractions.txt");
    /** Words that take a dot without ending a sentence. */
    final Set<String> abbreviations = words("abbreviations.txt");
    /** Every name with an alias list ("US", "America") → the usual name of that entity ("united states"). */
    final Map<String, String> canonical = aliases("generated/country-aliases.txt", "aliases.txt");

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
    }

    boolean isLocation(String name) {
        return locations.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A place of any place list: the hand-made and country lists, world cities or regions; {@code lower} in lower case. */
    boolean isPlaceOfAnyList(String lower) {
        return locations.contains(lower) || worldCities.contains(lower) || worldRegions.contains(lower);
    }

    /** A city of either list, for where the words around already say place ("CHARLOTTE —"); {@code lower} in lower case. */
    boolean isCityWhenSaidToBeAPlace(String lower) {
        return worldCities.contains(lower) || citiesNamedLikePeople.contains(lower);
    }

    boolean isNamedEvent(String name) {
        return namedEvents.contains(name.toLowerCase(Locale.ROOT));
    }

    boolean isNamedProduct(String name) {
        return namedProducts.contains(name.toLowerCase(Locale.ROOT));
    }

    boolean isOrganization(String name) {
        return organizations.contains(name.toLowerCase(Locale.ROOT));
    }

    /** "Bank", "Airlines", and the plural of one ("Centers"): a word that makes a name an organization. */
    boolean isOrganizationWord(String word) {
        return organizationWords.contains(word)
                || word.length() > 3 && word.endsWith("s") && organizationWords.contains(word.substring(0, word.length() - 1));
    }

    /** "Square", "Islands", and the plural of one ("Cities"): a word that makes a name a place. */
    boolean isLocationWord(String word) {
        if (locationWords.contains(word)) return true;
        if (word.endsWith("ies")) return locationWords.contains(word.substring(0, word.length() - 3) + "y");
        return word.length() > 3 && word.endsWith("s") && locationWords.contains(word.substring(0, word.length() - 1));
    }

    /** "US", "America" and "United States" → "united states"; any other name → its lower-case form. */
    String canonical(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return canonical.getOrDefault(key, key);
    }

    /** News writes "St Kitts and Nevis" and "St. Petersburg" where the lists write "Saint": both spellings are the place. */
    static Set<String> withSaintAbbreviated(Set<String> places) {
        HashSet<String> out = new HashSet<>(places);
        for (String p : places) {
            if (p.startsWith("saint ")) {
                out.add("st " + p.substring(6));
                out.add("st. " + p.substring(6));
            } else if (p.startsWith("sainte ")) {
                out.add("ste " + p.substring(7));
                out.add("ste. " + p.substring(7));
            }
        }
        return frozen(out);
    }

    /**
     * An unmodifiable HashSet rather than {@code Set.copyOf}: most lookups are of words a list does not hold, and a
     * HashSet compares the stored hash before the word, where {@code Set.copyOf}'s open addressing compares words at
     * each probe (18 % of a cold export's samples were in that probe; BENCHMARKS.md, "Cold export, session 7").
     */
    private static Set<String> frozen(HashSet<String> words) {
        return Collections.unmodifiableSet(words);
    }

    /** "mexican" → "mexicans": the plural of each word that does not end in -s already. */
    private static Set<String> plurals(Set<String> words) {
        HashSet<String> out = new HashSet<>();
        for (String w : words) if (!w.endsWith("s")) out.add(w + "s");
        return frozen(out);
    }

    @SafeVarargs
    private static Set<String> firstWords(Set<String>... names) {
        HashSet<String> firsts = new HashSet<>();
        for (Set<String> set : names) {
            for (String name : set) {
                if (name.indexOf(' ') > 0) firsts.add(name.substring(0, name.indexOf(' ')));
            }
        }
        return frozen(firsts);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        HashSet<String> out = new HashSet<>();
        for (Set<String> s : sets) out.addAll(s);
        return frozen(out);
    }

    /** One name per line ("New York City"). */
    static Set<String> names(String resource) {
        HashSet<String> out = new HashSet<>();
        read(resource, line -> add(out, line, resource));
        return frozen(out);
    }

    /** Words separated by white space, any number a line. */
    static Set<String> words(String resource) {
        HashSet<String> out = new HashSet<>();
        read(resource, line -> {
            for (String w : line.split("\\s+")) add(out, w, resource);
        });
        return frozen(out);
    }

    private static void add(Set<String> set, String entry, String resource) {
        if (!set.add(entry.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("word list " + resource + " names \"" + entry + "\" twice; keep one");
        }
    }

    /** Alias lists; a later list's line wins over an earlier list's for a form both name. */
    private static Map<String, String> aliases(String... resources) {
        Map<String, String> out = new HashMap<>();
        for (String resource : resources) out.putAll(aliases(resource));
        return Collections.unmodifiableMap(out); // a HashMap for the reason frozen gives
    }

    private static Map<String, String> aliases(String resource) {
        Map<String, String> out = new HashMap<>();
        read(resource, line -> {
            String[] forms = line.split("\\|");
            for (String f : forms) {
                String form = f.strip().toLowerCase(Locale.ROOT);
                if (out.putIfAbsent(form, forms[0].strip().toLowerCase(Locale.ROOT)) != null) {
                    throw new IllegalStateException("word list " + resource + " names \"" + f.strip() + "\" twice; keep one");
                }
            }
        });
        return out;
    }

    private static void read(String resource, Consumer<String> line) {
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
