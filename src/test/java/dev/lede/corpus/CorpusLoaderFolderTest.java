package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderFolderTest {

    @TempDir
    Path dir;

    @Test
    void folderIsReadRecursivelyInSortedOrderWithSlashIds() {
        write(dir, "b.txt", "B\n");
        write(dir, "a/z.md", "# AZ\n");
        write(dir, "a/b/c.txt", "ABC\n");
        write(dir, "a-b.txt", "A-B\n");
        write(dir, "A.txt", "upper A\n");

        List<Document> docs = CorpusLoader.load(List.of(dir));

        // Folder by folder: "a/..." sorts as "a", before "a-b.txt".
        assertThat(ids(docs)).containsExactly("A.txt", "a/b/c.txt", "a/z.md", "a-b.txt", "b.txt");
    }

    @Test
    void hiddenFilesAndFoldersAndOtherExtensionsAreSkipped() {
        write(dir, "visible.txt", "Seen\n");
        write(dir, ".hidden.txt", "Unseen\n");
        write(dir, ".git/notes.txt", "Unseen\n");
        write(dir, "sub/.cache/x.md", "Unseen\n");
        write(dir, "image.png", "not read");
        write(dir, "README", "no extension");
        write(dir, "README.md", "# About this corpus\n");

        assertThat(ids(CorpusLoader.load(List.of(dir)))).containsExactly("visible.txt");
        assertThat(ids(CorpusLoader.load(List.of(dir.resolve("README.md"))))).hasSize(1);
    }

    @Test
    void hiddenFolderNamedExplicitlyIsRead() {
        Path hidden = dir.resolve(".drafts");
        write(hidden, "draft.txt", "Draft\n");

        assertThat(ids(CorpusLoader.load(List.of(hidden)))).containsExactly("draft.txt");
    }

    @Test
    void fileArgumentKeepsThePathAsGivenAndArgumentsKeepTheirOrder() {
        Path second = write(dir, "x/second.txt", "Second\n");
        Path first = write(dir, "first.txt", "First\n");
        Path relative = Path.of("").toAbsolutePath().relativize(first);

        List<Document> docs = CorpusLoader.load(List.of(second, relative));

        assertThat(ids(docs)).containsExactly(second.toString(), relative.toString());
    }

    @Test
    void namesWithSpacesNewlinesAndNonAsciiLoad() {
        write(dir, "with space.txt", "Space\n");
        write(dir, "new\nline.txt", "Newline\n");
        write(dir, "Zürich – café.md", "# Zürich\n");
        write(dir, "日本/記事.txt", "記事\n");

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactlyInAnyOrder("with space.txt", "new\nline.txt", "Zürich – café.md", "日本/記事.txt");
        assertThat(docs).noneMatch(Document::isFailed);
        assertThat(docs).extracting(Document::title).contains("Zürich", "記事", "Newline");
    }

    @Test
    void directorySymlinkLoopDoesNotStopLoading() throws IOException {
        write(dir, "top.txt", "Top\n");
        write(dir, "sub/inner.txt", "Inner\n");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.createSymbolicLink(dir.resolve("sub/self"), dir.resolve("sub"));

        List<Document> docs = new ArrayList<>();
        assertThatCode(() -> docs.addAll(CorpusLoader.load(List.of(dir)))).doesNotThrowAnyException();

        assertThat(ids(docs)).containsExactly("sub/inner.txt", "top.txt");
    }

    @Test
    void symlinkedFolderIsFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        write(elsewhere, "far.txt", "Far\n");
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("link"), elsewhere);

        assertThat(ids(CorpusLoader.load(List.of(corpus)))).containsExactly("link/far.txt");
    }

    @Test
    void streamingHandsOutTheSameDocumentsInTheSameOrder() {
        for (int i = 0; i < 300; i++) {
            write(dir, "f%03d.txt".formatted(i), "Story " + i + "\n\n" + "word ".repeat(i) + "\n");
        }

        List<Document> streamed = new ArrayList<>();
        CorpusLoader.load(List.of(dir), streamed::add);

        assertThat(streamed).isEqualTo(CorpusLoader.load(List.of(dir)));
        assertThat(streamed).extracting(Document::title).startsWith("Story 0", "Story 1", "Story 2").endsWith("Story 299");
    }

    @Test
    void fileThatVanishesAfterListingFailsInOneLine() throws IOException {
        Path file = write(dir, "gone.txt", "Soon gone\n");
        List<FileFinder.Found> listed = new ArrayList<>();
        FileFinder.forEach(List.of(dir), listed::add);
        FileFinder.Found found = listed.get(0);
        Files.delete(file);

        List<Document> docs = CorpusLoader.read(found);

        assertThat(docs).singleElement().extracting(Document::failure).isEqualTo("cannot read: file vanished");
    }

    @Test
    void foldersAreWalkedAsTheirFilesAreReadNotListedFirst() {
        write(dir, "a/first.txt", "First\n");
        write(dir, "z/later.txt", "Later\n");
        Path written = dir.resolve("z/written-meanwhile.txt");

        List<String> ids = new ArrayList<>();
        CorpusLoader.load(List.of(dir), doc -> {
            ids.add(doc.id());
            if (doc.id().equals("a/first.txt")) write(dir, "z/written-meanwhile.txt", "Meanwhile\n");
        });

        // Listed before reading, the new file would be missed; walked as read, its folder is listed after it appeared.
        assertThat(Files.exists(written)).isTrue();
        assertThat(ids).containsExactly("a/first.txt", "z/later.txt", "z/written-meanwhile.txt");
    }

    @Test
    void aFolderLargeEnoughToBeReadOnEveryCoreKeepsItsOrder() {
        int files = ReadAhead.PARALLEL_FROM + 300;
        for (int i = 0; i < files; i++) {
            String name = "d%02d/f%05d".formatted(i / 1000, i);
            if (i == files - 150) write(dir, name + ".jsonl", "{\"title\": \"R1\", \"text\": \"One.\"}\n{\"title\": \"R2\", \"text\": \"Two.\"}\n");
            else write(dir, name + ".txt", "Story " + i + "\n\nText " + i + ".\n");
        }

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(docs).hasSize(files + 1).noneMatch(Document::isFailed);
        List<String> ids = ids(docs);
        assertThat(ids).isSorted();
        assertThat(ids.get(files - 150)).endsWith(".jsonl#1");
        assertThat(ids.get(files - 149)).endsWith(".jsonl#2");
        assertThat(docs.get(files)).extracting(Document::title).isEqualTo("Story " + (files - 1));
    }
}
