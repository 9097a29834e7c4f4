package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyBudgetTest {

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({"q, 113", "Q, 81", "Ctrl-x, 24", "Ctrl-C, 3", "Space, 32", "Tab, 9", "Enter, 10",
            "Up, -1", "F1, -1", "Alt-x, -1", "é, -1", "Esc, -1"})
    void aKeyPassesAFloodOnlyWhenAClientSendsItAsOneByte(String name, int expected) {
        assertThat(KeyBudget.oneByte(name)).isEqualTo(expected);
    }

    @Test
    void beyondTheBurstOnlyTheGivenQuitKeysAndCtrlCPass() {
        AtomicInteger told = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        KeyBudget budget = new KeyBudget(told::incrementAndGet, List.of("Q", "Up"), now::get);
        byte[] burst = "j".repeat(KeyBudget.BURST_BYTES).getBytes(StandardCharsets.US_ASCII);
        assertThat(budget.admit(burst, 0, burst.length)).isEqualTo(burst.length);
        assertThat(told).hasValue(0);

        byte[] flood = "jjqkkQgg\u0003G".getBytes(StandardCharsets.US_ASCII);
        int kept = budget.admit(flood, 0, flood.length);
        assertThat(new String(flood, 0, kept, StandardCharsets.US_ASCII)).as("q is not this server's quit key")
                .isEqualTo("Q\u0003");
        now.addAndGet(2_000_000); // 2 ms refill 2 bytes
        byte[] later = "jkgG".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(later, 0, budget.admit(later, 0, later.length), StandardCharsets.US_ASCII)).isEqualTo("jk");
        budget.admit(flood.clone(), 0, flood.length);
        assertThat(told).as("told once, however long the flood").hasValue(1);
    }
}
