package dev.lede.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The keys of an OpenSSH authorized_keys file and the options this server honours, as OpenSSH reads them.
 * {@code from=} and {@code expiry-time=} are enforced; a key with {@code command=} or {@code no-pty} is refused, since
 * this server runs nothing but the explorer in a terminal; the restrictions it meets anyway ({@code restrict},
 * {@code no-port-forwarding}, {@code no-agent-forwarding}, {@code no-X11-forwarding}, {@code no-user-rc}) are accepted;
 * any other option makes the whole file unusable, naming its line, rather than be silently ignored.
 */
final class AuthorizedKeys {

    private static final Set<String> MET_ANYWAY = Set.of("restrict", "no-port-forwarding", "no-agent-forwarding",
            "no-x11-forwarding", "no-user-rc");
    private static final Set<String> REFUSED = Set.of("command", "no-pty");
    private static final Set<String> ENFORCED = Set.of("from", "expiry-time");

    /** One key line: who may use the key, from where, until when; {@code refused} says why nobody may. */
    record Key(PublicKey key, int line, List<String> from, Instant expires, String refused) {
    }

    private final List<Key> keys;

    private AuthorizedKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    int size() {
        return keys.size();
    }

    /**
     * Reads the file; blank lines and {@code #} comments are skipped. Every problem is an {@link IOException} whose
     * message names the file and the line.
     */
    static AuthorizedKeys read(Path file, ZoneId zone) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                keys.add(parse(line, i + 1, zone));
            } catch (IllegalArgumentException | IOException | GeneralSecurityException e) {
                throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new AuthorizedKeys(keys);
    }

    private static Key parse(String line, int number, ZoneId zone) throws IOException, GeneralSecurityException {
        AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
        if (entry == null) {
            throw new IllegalArgumentException("not a key");
        }
        PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        List<String> from = List.of();
        Instant expires = null;
        String refused = null;
        for (Map.Entry<String, String> option : entry.getLoginOptions().entrySet()) {
            String name = option.getKey().toLowerCase(Locale.ROOT);
            if (REFUSED.contains(name)) {
                refused = name + " is set, and this server only serves the explorer in a terminal";
            } else if (name.equals("from")) {
                from = List.of(option.getValue().split(","));
                from.forEach(AddressPattern::check);
            } else if (name.equals("expiry-time")) {
                expires = expiry(option.getValue(), zone);
            } else if (!MET_ANYWAY.contains(name) && !ENFORCED.contains(name)) {
                throw new IllegalArgumentException("option " + option.getKey() + " is not supported (supported: from, expiry-time, "
                        + String.join(", ", MET_ANYWAY) + "; refused: command, no-pty)");
            }
        }
        return new Key(key, number, from, expires, refused);
    }

    /** OpenSSH's YYYYMMDD[HHMM[SS]], in the server's time zone unless it ends in Z. */
    private static Instant expiry(String value, ZoneId zone) {
        boolean utc = value.endsWith("Z") || value.endsWith("z");
        String digits = utc ? value.substring(0, value.length() - 1) : value;
        String padded = switch (digits.length()) {
            case 8 -> digits + "000000";
            case 12 -> digits + "00";
            case 14 -> digits;
            default -> throw new IllegalArgumentException("expiry-time \"" + value + "\" is not YYYYMMDD[HHMM[SS]][Z]");
        };
        try {
            LocalDateTime time = LocalDateTime.parse(padded, DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
            return time.atZone(utc ? ZoneOffset.UTC : zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expiry-time \"" + value + "\" is not a date", e);
        }
    }

    /**
     * Why {@code offered} may not log in from {@code address} at {@code now}, or null when a line allows it. When
     * several lines hold the key, any one that allows it is enough.
     */
    String refusal(PublicKey offered, InetAddress address, Instant now) {
        String why = "key not authorized";
        for (Key k : keys) {
            if (!KeyUtils.compareKeys(k.key(), offered)) {
                continue;
            }
            if (k.refused() != null) {
                why = "line " + k.line() + ": " + k.refused();
            } else if (k.expires() != null && !now.isBefore(k.expires())) {
                why = "line " + k.line() + ": the key expired at " + k.expires();
            } else if (!k.from().isEmpty() && !AddressPattern.allows(k.from(), address)) {
                why = "line " + k.line() + ": from=\"" + String.join(",", k.from()) + "\" does not allow " + address.getHostAddress();
            } else {
                return null;
            }
        }
        return why;
    }
}
