package com.customerhealth.platform;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the plugin may call an address that someone typed into a page or an API: a webhook
 * subscription's URL, a helpdesk's base URL. Whoever may enter such an address must not reach the
 * server's own network through it, so it must be {@code https} (or {@code http} when the operator allows
 * it) and every address its host resolves to must be public: loopback, private, link-local, shared
 * (carrier-grade NAT), unspecified, broadcast and multicast addresses are refused unless the operator
 * allows private targets. Addresses the operator configures are trusted and never checked here.
 *
 * <pre>{@code
 * OutboundTargets.Policy policy = new OutboundTargets.Policy(false, false);
 * OutboundTargets.check("http://hooks.example.com/in", policy, InetAddress::getAllByName);   // a SCHEME problem
 * OutboundTargets.check("https://127.0.0.1/in", policy, InetAddress::getAllByName);          // PRIVATE_ADDRESS, 127.0.0.1
 * }</pre>
 *
 * <p>The host is resolved when the target is entered and again before each call, so a name that later
 * resolves to a private address is refused then; what the HTTP client itself resolves a moment after is
 * not seen here.
 */
public final class OutboundTargets {

    /** The longest address taken: longer ones are no webhook a helpdesk or a receiver issues. */
    public static final int MAX_LENGTH = 2048;

    private OutboundTargets() {
    }

    /**
     * What the operator allows.
     *
     * @param allowHttp    whether plain {@code http} is taken besides {@code https}
     * @param allowPrivate whether hosts resolving to loopback, private and link-local addresses are taken
     */
    public record Policy(boolean allowHttp, boolean allowPrivate) {
    }

    /** Looks a host name up, as {@link InetAddress#getAllByName} does. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What is wrong with a target, as a text key ({@code outbound.<key>}) and the values its words name. */
    public enum Problem {
        /** Not an absolute URL with a host. */
        NOT_URL("notUrl"),
        /** Longer than {@link #MAX_LENGTH}. */
        TOO_LONG("tooLong"),
        /** Neither https nor, when allowed, http. */
        SCHEME("scheme"),
        /** A user name or password in the address, where logs and pages would show it. */
        CREDENTIALS("credentials"),
        /** The host has no address. */
        UNRESOLVABLE("unresolvable"),
        /** The host resolves to an address of the server's own network. */
        PRIVATE_ADDRESS("privateAddress");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The text key of its words: {@code outbound.<key>}. */
        public String textKey() {
            return "outbound." + key;
        }
    }

    /** A problem with the arguments its words take. */
    public record Refusal(Problem problem, List<String> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        /** The refusal in {@code texts}' language. */
        public String words(Texts texts) {
            return texts.format(problem.textKey(), arguments.toArray());
        }
    }

    /** What is wrong with {@code target} under {@code policy}, or nothing when it may be called. */
    public static Optional<Refusal> check(String target, Policy policy, Resolver resolver) {
        if (target == null || target.isBlank()) {
            return refuse(Problem.NOT_URL);
        }
        if (target.length() > MAX_LENGTH) {
            return refuse(Problem.TOO_LONG, Integer.toString(MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(target.trim());
        } catch (URISyntaxException e) {
            return refuse(Problem.NOT_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return refuse(Problem.NOT_URL);
        }
        if (!scheme.equals("https") && !(policy.allowHttp() && scheme.equals("http"))) {
            return refuse(Problem.SCHEME, policy.allowHttp() ? "https, http" : "https");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse(Problem.CREDENTIALS);
        }
        if (policy.allowPrivate()) {
            return Optional.empty();
        }
        String host = uri.getHost();
        // A literal IPv6 address comes in brackets; the resolver wants it bare.
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return refuse(Problem.UNRESOLVABLE, bare);
        }
        if (addresses == null || addresses.length == 0) {
            return refuse(Problem.UNRESOLVABLE, bare);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return refuse(Problem.PRIVATE_ADDRESS, bare, address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code address} belongs to a network other than the public internet. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 shared by carrier-grade NAT, 255.255.255.255 broadcast.
            return first == 0 || first == 100 && (second & 0xc0) == 64
                    || (bytes[0] & bytes[1] & bytes[2] & bytes[3]) == (byte) 0xff;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses, the IPv6 private networks; ::ffff:a.b.c.d is an IPv4 address.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Refusal> refuse(Problem problem, String... arguments) {
        return Optional.of(new Refusal(problem, List.of(arguments)));
    }
}
