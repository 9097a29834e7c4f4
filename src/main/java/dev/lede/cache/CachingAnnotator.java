package dev.lede.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An {@link Annotator} that keeps what another one computed on disk, keyed by the text's SHA-256 and the
 * annotator's version, so a second start annotates nothing. An entry is only used when it names the same
 * key and every offset in it fits the text; anything else is recomputed. When the cache folder cannot be
 * written the annotator carries on without it and says so once.
 */
public final class CachingAnnotator implements Annotator {

    /** Bumped when the entry layout changes, so old entries are ignored rather than misread. */
    private static final int FORMAT = 1;

    /** Made on first use: the corpus index hashes its name here before the first frame, which needs no Json.MAPPER. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private final Annotator inner;
    private final Path folder;
    private final Consumer<String> warn;
    private final AtomicBoolean writable = new AtomicBoolean(true);

    /**
     * @param cacheRoot the cache folder, e.g. {@code ~/.cache/lede}; entries go below it per annotator version
     * @param warn      receives the one warning given when the cache cannot be written
     */
    public CachingAnnotator(Annotator inner, Path cacheRoot, Consumer<String> warn) {
        this.inner = inner;
        this.folder = cacheRoot.resolve("annotations").resolve(safe(inner.version()));
        this.warn = warn;
    }

    /** {@code $XDG_CACHE_HOME/lede}, or {@code ~/.cache/lede} when it is not set. */
    public static Path defaultRoot(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lede");
    }

    @Override
    public Annotation annotate(String text) {
        String key = sha256(text);
        Path file = folder.resolve(key.substring(0, 2)).resolve(key + ".json");
        Annotation cached = read(file, key, text);
        if (cached != null) {
            return cached;
        }
        Annotation fresh = inner.annotate(text);
        write(file, new Entry(FORMAT, inner.version(), key, text.length(), fresh));
        return fresh;
    }

    @Override
    public String version() {
        return inner.version();
    }

    record Entry(int format, String annotator, String sha256, int length, Annotation annotation) {
    }

    private Annotation read(Path file, String key, String text) {
        try {
            Entry e = Json.MAPPER.readValue(file.toFile(), Entry.class);
            boolean ours = e.format() == FORMAT && inner.version().equals(e.annotator())
                    && key.equals(e.sha256()) && e.length() == text.length() && e.annotation() != null;
            return ours && fits(e.annotation(), text) ? e.annotation() : null;
        } catch (IOException | RuntimeException unreadable) {
            // Missing, truncated, corrupt or foreign: recompute and overwrite.
            return null;
        }
    }

    private static boolean fits(Annotation a, String text) {
        for (Entity e : a.entities()) {
            if (e.id() == null || e.name() == null || e.type() == null) return false;
            for (Mention m : e.mentions()) {
                if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) return false;
            }
        }
        for (Quote q : a.quotes()) {
            if (q.start() < 0 || q.end() < q.start() || q.end() > text.length()
                    || !text.substring(q.start(), q.end()).equals(q.text())) return false;
        }
        return true;
    }

    private void write(Path file, Entry entry) {
        if (!writable.get()) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".entry-", ".tmp");
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(entry));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (writable.compareAndSet(true, false)) {
                warn.accept("annotation cache off (" + folder + " not writable: " + reason(e) + ")");
            }
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // Left behind in the cache folder only; the next write uses another name.
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such folder";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String safe(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(Digests.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
