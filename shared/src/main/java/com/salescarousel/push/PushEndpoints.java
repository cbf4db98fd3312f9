package com.salescarousel.push;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which push endpoints the sender may POST to. A subscription names a URL the server will call, so
 * an endpoint is a server-side request waiting to happen: only https URLs of the browsers' push
 * services are taken, and at send time every address the host resolves to must be public (no
 * loopback, private, link-local, carrier-grade NAT or cloud metadata range), so a DNS answer that
 * changed since cannot point the sender inside the network. The local cloud's test push service
 * on this machine (loopback, http or https) is let through only by its explicit local-only setting.
 */
public final class PushEndpoints {
    /** The browsers' push services (Chrome/Edge-Chromium/Opera/Samsung, Firefox, Edge legacy, Safari). */
    static final List<String> SERVICES = List.of("fcm.googleapis.com", "android.googleapis.com", "updates.push.services.mozilla.com",
            "push.services.mozilla.com", "notify.windows.com", "push.apple.com");

    private PushEndpoints() {}

    /** Why an endpoint is refused at subscription time; empty when it is acceptable. */
    public static Optional<String> refusal(String endpoint, boolean allowPrivate) {
        URI u;
        try {
            u = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return Optional.of("must be an https URL from the browser's push service");
        }
        String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
        if (host == null || u.getUserInfo() != null) return Optional.of("must be an https URL from the browser's push service");
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (allowPrivate && loopback && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) return Optional.empty();
        if (!"https".equals(u.getScheme())) return Optional.of("must be an https URL from the browser's push service");
        if (u.getPort() != -1 && u.getPort() != 443) return Optional.of("must use the push service's standard https port");
        boolean known = SERVICES.stream().anyMatch(s -> host.equals(s) || host.endsWith("." + s));
        return known ? Optional.empty() : Optional.of("must be a browser push service (" + String.join(", ", SERVICES) + ")");
    }

    /** Whether the sender may connect to {@code host} now: every address it resolves to is public (or loopback, when allowed). */
    public static boolean safeToCall(String host, boolean allowPrivate) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) if (!isPublic(a) && !(allowPrivate && a.isLoopbackAddress())) return false;
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Loopback, any-local, link-local (incl. 169.254.169.254), private, CGNAT, multicast, ULA and mapped forms are not public. */
    public static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isPublicV4(b);
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false; // fc00::/7 unique local (fd00:ec2::254 is EC2's metadata)
            boolean mapped = true; // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff;
        if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) return false; // this network, private, loopback, multicast/reserved
        if (a0 == 100 && a1 >= 64 && a1 < 128) return false; // 100.64/10 carrier-grade NAT
        if (a0 == 169 && a1 == 254) return false; // link-local and the metadata service
        if (a0 == 172 && a1 >= 16 && a1 < 32) return false;
        if (a0 == 192 && a1 == 168) return false;
        if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) return false; // 192.0.0/24 protocol assignments
        return !(a0 == 198 && (a1 == 18 || a1 == 19)); // 198.18/15 benchmarking
    }
}
