package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.export.QuoteList;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Quote;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code x}: writes the quote list the navigator shows (the open article's, or a speaker's across the
 * corpus) to a file the user names. An existing file is replaced only after a yes; the status bar says
 * how it went in one line.
 */
final class QuoteExport {

    static final String DEFAULT_FILE = "quotes.md";

    /**
     * The name the prompt offers: {@code quotes.md} here, unless here is a folder the articles are read from,
     * which Lede never writes into unasked; then the same name in the home folder.
     */
    static String defaultFile(Library library, Path here, Path home) {
        Path cwd = here.toAbsolutePath().normalize();
        for (int i = 0; i < library.size(); i++) {
            Path parent = library.document(i).source().toAbsolutePath().normalize().getParent();
            if (cwd.equals(parent)) return home.resolve(DEFAULT_FILE).toString();
        }
        return DEFAULT_FILE;
    }

    private final Explorer explorer;
    private Path awaitingConfirmation;

    QuoteExport(Explorer explorer) {
        this.explorer = explorer;
    }

    /** The file name typed in the prompt: written now, or after a yes when it exists. */
    void to(String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            explorer.say("not exported: no file name given");
            return;
        }
        Path target;
        try {
            target = Path.of(name);
        } catch (InvalidPathException e) {
            explorer.say("not exported: " + e.getMessage());
            return;
        }
        if (Files.isDirectory(target)) {
            explorer.say("not exported: " + name + " is a folder");
        } else if (Files.exists(target)) {
            awaitingConfirmation = target;
            explorer.confirm(name);
        } else {
            write(target);
        }
    }

    /** The answer to "replace it?": only y (or yes) replaces. */
    void answer(String typed) {
        Path target = awaitingConfirmation;
        awaitingConfirmation = null;
        if (target == null) return;
        String yes = typed.strip().toLowerCase(Locale.ROOT);
        if (yes.equals("y") || yes.equals("yes")) {
            write(target);
        } else {
            explorer.say("not exported: " + target + " is left as it was");
        }
    }

    private void write(Path target) {
        List<QuoteList.Row> rows = rows();
        if (rows.isEmpty()) {
            explorer.say("no quotes to export");
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        try {
            QuoteList.write(target, heading(), rows);
            explorer.say("exported " + rows.size() + (rows.size() == 1 ? " quote" : " quotes") + " to " + target.toAbsolutePath().normalize());
        } catch (NoSuchFileException e) {
            explorer.say("export failed: no folder " + folder);
        } catch (AccessDeniedException e) {
            explorer.say("export failed: not allowed to write in " + folder);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            explorer.say("export failed: " + why);
        }
    }

    private String heading() {
        SpeakerQuotes speaker = explorer.speakerQuotes();
        if (speaker != null) return "Quotes of " + speaker.speaker().name();
        int open = explorer.openDocument();
        return open < 0 ? "Quotes" : "Quotes in " + explorer.library().document(open).title();
    }

    /** What the quote navigator lists, in its order. */
    private List<QuoteList.Row> rows() {
        List<QuoteList.Row> rows = new ArrayList<>();
        Library library = explorer.library();
        SpeakerQuotes speaker = explorer.speakerQuotes();
        if (speaker != null) {
            for (Speakers.QuoteRef ref : speaker.quotes()) {
                Annotation a = library.annotation(ref.document());
                if (a != null && ref.quote() < a.quotes().size()) rows.add(row(library.document(ref.document()), a.quotes().get(ref.quote())));
            }
        } else if (explorer.openDocument() >= 0) {
            Document d = library.document(explorer.openDocument());
            for (Quote q : explorer.quotes()) rows.add(row(d, q));
        }
        return rows;
    }

    private static QuoteList.Row row(Document d, Quote q) {
        return new QuoteList.Row(q.speaker(), q.text(), d.id(), d.title(), q.start(), q.end());
    }
}
