package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    @Test
    void aValueIsComputedOnceWhileRemembered() {
        RecentFiles<String, String> ids = new RecentFiles<>(2);
        List<String> computed = new ArrayList<>();

        ids.get("a", k -> { computed.add(k); return k + "-1"; });
        String again = ids.get("a", k -> { computed.add(k); return k + "-2"; });

        assertThat(again).isEqualTo("a-1");
        assertThat(computed).containsExactly("a");
    }

    @Test
    void theLeastRecentlyUsedIsForgottenBeyondTheSize() {
        RecentFiles<String, Boolean> seen = new RecentFiles<>(2);

        assertThat(seen.add("a", true)).isTrue();
        assertThat(seen.add("b", true)).isTrue();
        assertThat(seen.add("a", true)).isFalse(); // used again: "b" is now the eldest
        assertThat(seen.add("c", true)).isTrue();

        assertThat(seen.add("a", true)).isFalse();
        assertThat(seen.add("b", true)).isTrue(); // forgotten
    }

    @Test
    void aMillionFilesAreNotAllRemembered() {
        RecentFiles<Integer, Boolean> seen = new RecentFiles<>(1000);
        for (int i = 0; i < 1_000_000; i++) seen.add(i, true);

        assertThat(seen.add(999_999, true)).isFalse();
        assertThat(seen.add(998_999, true)).isTrue(); // the 1,001st most recent
    }
}
