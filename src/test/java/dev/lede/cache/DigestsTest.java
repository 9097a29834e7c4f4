package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void recentlyUsedForgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        Map<String, Integer> recent = Digests.recentlyUsed(2);
        recent.put("a", 1);
        recent.put("b", 2);
        recent.get("a"); // used again: "b" is now the eldest
        recent.put("c", 3);

        assertThat(recent).containsOnlyKeys("a", "c");
    }

    @Test
    void aMillionFilesAreNotAllRemembered() {
        Map<Integer, String> fileIds = Digests.recentlyUsed(1000);
        for (int i = 0; i < 1_000_000; i++) fileIds.computeIfAbsent(i, String::valueOf);

        assertThat(fileIds).hasSize(1000).containsKeys(999_000, 999_999).doesNotContainKey(998_999);
    }
}
