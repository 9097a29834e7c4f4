package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EtaTest {

    private final AtomicLong now = new AtomicLong();
    private final Eta eta = new Eta(now::get);

    private void at(double seconds, long done) {
        now.set((long) (seconds * 1e9));
        eta.record(done);
    }

    @Test
    void theTimeLeftFollowsTheRecentRateNotAnEarlyBurst() {
        at(0, 0);
        assertThat(eta.secondsLeft(0, 1000)).isEmpty();
        at(1, 500); // read back from disk: fast
        for (int s = 2; s <= 30; s++) at(s, 500 + (s - 1) * 10L); // then annotated: 10 a second
        long done = 500 + 29 * 10;
        assertThat(eta.secondsLeft(done, 1000)).hasValue((1000 - done) / 10);
    }

    @Test
    void samplesComeAtMostOnceASecond() {
        at(0, 0);
        at(0.5, 100);
        assertThat(eta.secondsLeft(100, 1000)).isEmpty();
        at(2, 20);
        assertThat(eta.secondsLeft(20, 100)).hasValue(8);
    }

    @Test
    void saysTheTimeLeftInWords() {
        assertThat(Eta.describe(40)).isEqualTo("40 s left");
        assertThat(Eta.describe(61)).isEqualTo("2 min left");
        assertThat(Eta.describe(3600 + 5 * 60)).isEqualTo("1 h 5 min left");
    }
}
