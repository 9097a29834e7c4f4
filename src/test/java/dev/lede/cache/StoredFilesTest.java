package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed file entries give back every entry as it was put in, in the order asked for, named as asked for. */
class StoredFilesTest {

    /** Files of every kind an index holds: one article each, records numbered or not, failures, odd identities. */
    private static List<StoredFile> files() {
        List<StoredFile> files = new ArrayList<>();
        Random random = new Random(18);
        for (int i = 0; i < 500; i++) {
            String folder = "/data/news/" + (i % 7) + "/";
            String name = "%05d.txt".formatted(i);
            String path = folder + name;
            String id = "news/" + (i % 7) + "/" + name;
            files.add(new StoredFile(path, path + " " + random.nextInt(9000) + " " + (1733000000000L + i), "../news",
                    "../news/" + (i % 7) + "/" + name, id, 1, i % 3 == 0, i % 50 == 0 ? new int[] {0} : new int[0], "", null, null));
        }
        files.add(new StoredFile("/data/big.jsonl", "/data/big.jsonl 1700 1733000000000", "/data/big.jsonl", "/data/big.jsonl",
                "/data/big.jsonl#1", 1000, true, new int[] {7, 999}, "#1", null, null));
        files.add(new StoredFile("/data/odd.csv", "/data/odd.csv missing", "/data", "/data/odd.csv", "odd.csv#3", 3, false,
                new int[0], "#3", new String[] {"#3", "#5", "#9"}, null));
        files.add(new StoredFile("C:\\corpus\\a b.txt", "another identity", "C:\\corpus", "C:\\corpus\\a b.txt", "a b.txt", 1, false,
                new int[0], "", null, null));
        return files;
    }

    private static void assertSame(StoredFile actual, StoredFile expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void everyEntryReadsBackAsPutInWithWhereItsDocumentsStart() {
        List<StoredFile> files = files();
        StoredFiles packed = StoredFiles.of(files);
        assertThat(packed).hasSize(files.size());
        int start = 0;
        for (int f = 0; f < files.size(); f++) {
            assertSame(packed.get(f), files.get(f));
            assertThat(packed.fileId(f)).isEqualTo(files.get(f).fileId());
            assertThat(packed.start(f)).isEqualTo(start);
            assertThat(packed.count(f)).isEqualTo(files.get(f).count());
            for (int p = 0; p < files.get(f).count(); p++) assertThat(packed.isFailed(f, p)).isEqualTo(files.get(f).isFailed(p));
            start += files.get(f).count();
        }
        assertThat(packed.documents()).isEqualTo(start);
        assertThat(packed.anyDated()).isTrue();
        assertThat(StoredFiles.of(files.subList(1, 3)).anyDated()).isFalse();
    }

    @Test
    void filesThatCameOutOfOrderAreSortedAsTheListOrdersThem() {
        List<StoredFile> files = files();
        List<StoredFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(7));
        StoredFiles.Builder builder = new StoredFiles.Builder();
        shuffled.forEach(builder::add);
        StoredFiles sorted = builder.sorted(StoredFile::folderKey);
        List<StoredFile> expected = new ArrayList<>(shuffled);
        expected.sort(StoredFile.FOLDER_ORDER);
        for (int f = 0; f < expected.size(); f++) {
            assertSame(sorted.get(f), expected.get(f));
            assertThat(sorted.count(f)).isEqualTo(expected.get(f).count());
        }
        int failedFiles = (int) expected.stream().filter(file -> file.failed().length > 0).count();
        int answered = 0;
        for (int f = 0; f < sorted.size(); f++) if (sorted.isFailed(f, 0) || sorted.isFailed(f, 7)) answered++;
        assertThat(answered).isEqualTo(failedFiles);
    }

    @Test
    void filesOfAnInputNamedOtherwiseNowAreReachedThroughItsNameNowAndKeepThatWhenMoreAreAdded() {
        List<StoredFile> files = files();
        StoredFiles.Builder builder = new StoredFiles.Builder();
        files.forEach(builder::add);
        StoredFiles named = builder.named(Map.of("../news", "/data/news")).build();
        for (int f = 0; f < files.size(); f++) assertSame(named.get(f), files.get(f).namedAs(f < 500 ? "/data/news" : files.get(f).input()));
        assertThat(named.get(3).source()).isEqualTo("/data/news/3/00003.txt");
        assertThat(named.get(3).named("news/3/00003.txt")).isEqualTo("news/3/00003.txt");

        StoredFile added = new StoredFile("/data/news/new.txt", "/data/news/new.txt 1 2", "../news", "../news/new.txt",
                "news/new.txt", 2, false, new int[] {1}, "#1", null, null);
        StoredFiles more = named.plus(List.of(added));
        assertThat(more).hasSize(files.size() + 1);
        assertSame(more.get(3), named.get(3));
        assertSame(more.get(files.size()), added.namedAs("/data/news"));
        assertThat(more.documents()).isEqualTo(named.documents() + 2);
        assertThat(more.isFailed(files.size(), 1)).isTrue();
    }

    @Test
    void filesSortFolderByFolderWithRecordNumbersLeftOut() {
        List<String> ids = List.of("a.txt", "a/b.txt", "a/b/c.txt", "a-b.txt", "b.jsonl#1", "a/z.txt", "A.txt");
        List<StoredFile> files = new ArrayList<>();
        for (String id : ids) files.add(new StoredFile("/c/" + id, "/c/" + id + " 1 1", "/c", "/c/" + id, id, 1, false, new int[0], "", null, null));
        files.sort(StoredFile.FOLDER_ORDER);
        assertThat(files).extracting(StoredFile::firstId)
                .containsExactly("A.txt", "a/b/c.txt", "a/b.txt", "a/z.txt", "a-b.txt", "a.txt", "b.jsonl#1");
    }
}
