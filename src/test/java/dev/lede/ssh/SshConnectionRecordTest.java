package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SshConnectionRecordTest {

    private final Instant opened = Instant.parse("2026-11-25T09:12:03.456Z");

    @Test
    void aSessionLineSaysWhoWhereWhatSizeHowLongAndHowItEnded() {
        ConnectionRecord record = new ConnectionRecord(opened, "127.0.0.1:53122");
        record.authenticatedWith("SHA256:abc");
        record.terminal("xterm-256color", "80x24");
        record.ended("quit");
        record.ended("disconnected");

        assertThat(record.line(opened.plusSeconds(72), "reader"))
                .isEqualTo("2026-11-25T09:12:03Z 127.0.0.1:53122 user=reader key=SHA256:abc term=xterm-256color 80x24 1m12s ended: quit");
    }

    @Test
    void aConnectionThatNeverLoggedInSaysSo() {
        ConnectionRecord record = new ConnectionRecord(opened, "10.0.0.7:40000");

        assertThat(record.line(opened.plusSeconds(2), null))
                .isEqualTo("2026-11-25T09:12:03Z 10.0.0.7:40000 user=- key=- term=- - 2s ended: not authenticated");
    }

    @Test
    void whatTheClientSentCannotForgeALogLine() {
        ConnectionRecord record = new ConnectionRecord(opened, "10.0.0.7:40000");
        record.authenticatedWith("SHA256:abc");
        record.ended("refused: command ls\n2026-11-25T09:12:03Z 10.0.0.8:1 user=root ended: quit");

        assertThat(record.line(opened, "eve\nroot x"))
                .isEqualTo("2026-11-25T09:12:03Z 10.0.0.7:40000 user=eve\\u000Aroot?x key=SHA256:abc term=- - 0s "
                        + "ended: refused: command ls\\u000A2026-11-25T09:12:03Z 10.0.0.8:1 user=root ended: quit")
                .doesNotContain("\n");
    }

    @Test
    void separatorsBidiOverridesAndInvisibleCharactersAreEscaped() {
        String forged = "eve\u2028root\u2029x\u202Eevil\u200B\u0085\u009B" + Character.toString(0xDB80) + "\\" + "u2028";
        assertThat(ConnectionRecord.printable(forged))
                .isEqualTo("eve\\u2028root\\u2029x\\u202Eevil\\u200B\\u0085\\u009B\\uDB80\\\\u2028");
        assertThat(ConnectionRecord.printable("Zoë 東京 café")).isEqualTo("Zoë 東京 café");
    }

    @Test
    void aRefusalIsOneLineWithAddressUserAndKey() {
        ConnectionRecord record = new ConnectionRecord(opened, "10.0.0.7:40000");
        assertThat(record.refusal(opened.plusSeconds(1), "eve\u202E", "SHA256:xyz", "key not authorized"))
                .isEqualTo("2026-11-25T09:12:04Z 10.0.0.7:40000 user=eve\\u202E key=SHA256:xyz refused: key not authorized");
    }

    @Test
    void durationsAreShort() {
        assertThat(ConnectionRecord.human(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(ConnectionRecord.human(Duration.ofSeconds(72))).isEqualTo("1m12s");
        assertThat(ConnectionRecord.human(Duration.ofMinutes(30))).isEqualTo("30m");
        assertThat(ConnectionRecord.human(Duration.ofMinutes(123))).isEqualTo("2h03m");
        assertThat(ConnectionRecord.human(Duration.ofHours(2))).isEqualTo("2h");
    }
}
