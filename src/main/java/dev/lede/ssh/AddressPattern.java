package dev.lede.ssh;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address patterns of an authorized_keys {@code from=} option, matched as OpenSSH matches them against the client's
 * address: {@code *} and {@code ?} wildcards, CIDR networks ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), and a
 * leading {@code !} that refuses a match outright. Host names are never looked up (OpenSSH's default, UseDNS no),
 * so a name pattern matches no one.
 */
final class AddressPattern {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F.:]+");

    private AddressPattern() {
    }

    /** A negated pattern that matches refuses; otherwise one plain pattern must match. */
    static boolean allows(List<String> patterns, InetAddress address) {
        boolean allowed = false;
        for (String pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            if (matches(negated ? pattern.substring(1) : pattern, address)) {
                if (negated) {
                    return false;
                }
                allowed = true;
            }
        }
        return allowed;
    }

    /** Throws when {@code pattern} is a malformed network, so a typo is found when the file is read. */
    static void check(String pattern) {
        String bare = pattern.startsWith("!") ? pattern.substring(1) : pattern;
        if (bare.isEmpty()) {
            throw new IllegalArgumentException("from= has an empty pattern");
        }
        if (bare.contains("/")) {
            network(bare);
        }
    }

    private static boolean matches(String pattern, InetAddress address) {
        if (pattern.contains("/")) {
            return inNetwork(network(pattern), prefix(pattern), address.getAddress());
        }
        String regex = pattern.chars().mapToObj(c -> c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf((char) c)))
                .reduce("", String::concat);
        return address.getHostAddress().matches("(?i)" + regex);
    }

    private static byte[] network(String cidr) {
        String literal = cidr.substring(0, cidr.indexOf('/'));
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("from= network " + cidr + " is not an address/bits");
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress(); // a literal: no lookup
            int bits = prefix(cidr);
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("from= network " + cidr + " has " + bits + " bits");
            }
            return bytes;
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("from= network " + cidr + " is not an address/bits", e);
        }
    }

    private static int prefix(String cidr) {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }

    private static boolean inNetwork(byte[] network, int bits, byte[] address) {
        if (network.length != address.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((network[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
