package org.duban.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may target. A webhook makes the service send requests where an admin says, so a target that
 * resolves to a loopback, private, link-local, shared (CGNAT), multicast or otherwise non-public address is refused,
 * unless {@code duban.webhooks.allow-private-targets}: checked when the webhook is created and again, on the resolved
 * addresses, before every delivery (the name may resolve elsewhere by then).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** The URL as a URI, or why it cannot be one: http(s), a host, no user information, no fragment. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new TargetRefused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TargetRefused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new TargetRefused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new TargetRefused("must not have a fragment");
        }
        return uri;
    }

    /** Resolves the host and refuses it when any of its addresses is not public (unless private targets are allowed). */
    static void check(URI uri, boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host(uri));
        } catch (UnknownHostException e) {
            throw new TargetRefused("names a host that does not resolve: " + uri.getHost());
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            nonPublic(address).ifPresent(why -> {
                throw new TargetRefused("resolves to " + address.getHostAddress() + ", " + why + "; webhooks may only"
                        + " target public addresses (duban.webhooks.allow-private-targets)");
            });
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        // IPv6 literals come bracketed.
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Why an address is not a public one, or empty when it is. */
    static Optional<String> nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return Optional.of("a reserved address");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("a shared (carrier-grade NAT) address");
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return Optional.of("a benchmarking address");
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return Optional.of("a protocol-assignment address");
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique-local address");
            }
            if (isMappedOrCompatible(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return Optional.of("an unreadable address");
                }
            }
        }
        return Optional.empty();
    }

    /** ::ffff:a.b.c.d (mapped) or ::a.b.c.d (compatible): an IPv4 address in IPv6 clothing. */
    private static boolean isMappedOrCompatible(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }

    /** A target refused, with the reason (for the field {@code url}). */
    static final class TargetRefused extends RuntimeException {
        TargetRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
