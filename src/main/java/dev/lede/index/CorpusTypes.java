package dev.lede.index;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.TypeEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same name's type across the corpus: a name that several articles type surely (a title, a list, a word in or
 * beside it) lends that type to the articles where it was typed by nothing or by one weak hint ("Sophos" typed by
 * "the anti-virus firm Sophos" in a dozen articles is a body where another only writes "Sophos warned").
 *
 * <p>A vote is an article, not a mention. The type must be the sure one of at least {@link #MIN_SURE} articles,
 * with at most one dissenting sure article in {@link #MAX_DISSENT_SHARE}, and of a share of all the articles that
 * name it: a name most articles leave untyped ("Million Dollar Baby", a film two articles mistook for a person) is
 * not lent a type by a few. A lone word is ambiguous across articles (Northampton the town and the club, two men
 * called Brown), and a type resting only on the name being repeated by its last word is weak evidence about the
 * name itself, so both need {@link #MIN_SURE_LONE} sure articles and half of all that name it.
 */
public final class CorpusTypes {

    static final int MIN_SURE = 2;
    static final int MIN_SURE_LONE = 3;
    /** Sure articles of the winning type per sure article of another type, at least. */
    static final int MAX_DISSENT_SHARE = 4;
    /** The winning type's sure articles, times this, reach the number of articles that name it. */
    static final int SHARE_OF_ARTICLES = 3;
    static final int SHARE_OF_ARTICLES_LONE = 2;

    private static final EntityType[] TYPES = EntityType.values();
    /** Per name: the articles naming it, then per type the articles sure of it, then per type those sure without repetition. */
    private static final int COUNTS = 1 + 2 * TYPES.length;

    public static final CorpusTypes NONE = new CorpusTypes(Map.of());

    private final Map<String, EntityType> decided;

    private CorpusTypes(Map<String, EntityType> decided) {
        this.decided = decided;
    }

    /** Types decided earlier ({@link #decided()}), as a kept linking restores them. */
    public static CorpusTypes restored(Map<String, EntityType> decided) {
        return new CorpusTypes(Map.copyOf(decided));
    }

    /** Each name (as {@link Names#key} has it) the corpus types, and its type. */
    public Map<String, EntityType> decided() {
        return decided;
    }

    /** The entity as the corpus types it: retyped (rule {@link TypeEvidence#CORPUS_TYPE}) if its own evidence is weak. */
    public Entity retype(Entity e) {
        if (decided.isEmpty()) return e;
        EntityType type = corpusType(e.name(), e.type(), mayRetype(e));
        return type == e.type() ? e : new Entity(e.id(), e.name(), type, e.aliases(), e.mentions(), TypeEvidence.CORPUS_TYPE);
    }

    /** Whether the corpus may retype the entity: its own article's evidence is weak. */
    public static boolean mayRetype(Entity e) {
        return TypeEvidence.isWeak(e);
    }

    /**
     * The type the corpus gives an entity it {@link #mayRetype} whose name has this {@link Names#key} and which its
     * article typed {@code own}, or null when it keeps its own (rule {@link TypeEvidence#CORPUS_TYPE} when not).
     */
    public EntityType retypedAs(String key, EntityType own) {
        EntityType type = decided.get(key);
        return type == own ? null : type;
    }

    /** The type of an entity of this name and own type, whose own evidence is weak or not, as the corpus types it. */
    EntityType corpusType(String name, EntityType own, boolean weak) {
        if (decided.isEmpty() || !weak) return own;
        EntityType type = retypedAs(Names.key(name), own);
        return type == null ? own : type;
    }

    /** The annotation with each entity as the corpus types it; the same annotation when none changes. */
    public Annotation retyped(Annotation a) {
        if (a == null || decided.isEmpty()) return a;
        List<Entity> entities = null;
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            Entity typed = retype(e);
            if (typed != e && entities == null) entities = new ArrayList<>(a.entities());
            if (entities != null) entities.set(i, typed);
        }
        return entities == null ? a : new Annotation(entities, a.quotes());
    }

    /** Gathers the votes article by article, so a corpus can stream through it. */
    public static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();

        public void add(Annotation a) {
            Map<String, int[]> article = new HashMap<>();
            for (Entity e : a.entities()) {
                int[] seen = article.computeIfAbsent(Names.key(e.name()), k -> new int[COUNTS]);
                seen[0] = 1;
                if (TypeEvidence.isSure(e)) {
                    seen[1 + e.type().ordinal()] = 1;
                    if (!TypeEvidence.isByRepetition(e)) seen[1 + TYPES.length + e.type().ordinal()] = 1;
                }
            }
            article.forEach((name, seen) -> {
                if (name.isEmpty()) return;
                int[] total = counts.computeIfAbsent(name, k -> new int[COUNTS]);
                for (int i = 0; i < COUNTS; i++) total[i] += seen[i];
            });
        }

        public CorpusTypes decide() {
            Map<String, EntityType> decided = new HashMap<>();
            counts.forEach((name, c) -> {
                EntityType type = typeOf(c, name.indexOf(' ') < 0);
                if (type != null) decided.put(name, type);
            });
            return new CorpusTypes(Map.copyOf(decided));
        }
    }

    /** The type the counts of one name decide, or null. */
    static EntityType typeOf(int[] counts, boolean loneWord) {
        int best = -1;
        int sure = 0;
        int dissent = 0;
        for (EntityType t : TYPES) {
            int n = counts[1 + t.ordinal()];
            if (n > sure) {
                dissent += sure;
                sure = n;
                best = t.ordinal();
            } else {
                dissent += n;
            }
        }
        if (best < 0 || sure < MIN_SURE || sure < MAX_DISSENT_SHARE * dissent) return null;
        boolean weakName = loneWord || counts[1 + TYPES.length + best] == 0;
        if (weakName && (sure < MIN_SURE_LONE || sure * SHARE_OF_ARTICLES_LONE < counts[0])) return null;
        if (sure * SHARE_OF_ARTICLES < counts[0]) return null;
        return TYPES[best];
    }
}
