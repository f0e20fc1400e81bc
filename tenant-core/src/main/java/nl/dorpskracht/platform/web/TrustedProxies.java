package nl.dorpskracht.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers whose {@code X-Forwarded-For} is believed ({@code DORPSKRACHT_TRUSTED_PROXIES}: addresses or
 * networks such as {@code 10.0.0.0/8}, comma-separated). Only addresses are accepted, never host names: a name would be
 * looked up on every request, and whoever controls the name server would choose whom to believe.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final int MAX_ENTRIES = 64;

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Refuses, naming the entry, a list it cannot read: a typo must not silently trust nobody or everybody. */
    public static TrustedProxies parse(String list) {
        List<Network> networks = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            networks.add(Network.parse(trimmed));
            if (networks.size() > MAX_ENTRIES) {
                throw new IllegalArgumentException(
                        "DORPSKRACHT_TRUSTED_PROXIES holds more than " + MAX_ENTRIES + " entries");
            }
        }
        return new TrustedProxies(networks);
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean trusts(String address) {
        return literal(address).map(parsed -> networks.stream().anyMatch(network -> network.contains(parsed)))
                .orElse(false);
    }

    /** An IP address written as such, or empty: never a name lookup. */
    static Optional<InetAddress> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String candidate = address.trim();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (candidate.length() > 45 || !(IPV4.matcher(candidate).matches() || IPV6.matcher(candidate).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Network(byte[] prefix, int bits) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "DORPSKRACHT_TRUSTED_PROXIES: not an IP address or network: " + entry));
            int length = parsed.getAddress().length * 8;
            int bits = length;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > length) {
                    throw new IllegalArgumentException("DORPSKRACHT_TRUSTED_PROXIES: not a prefix length: " + entry);
                }
            }
            return new Network(parsed.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
