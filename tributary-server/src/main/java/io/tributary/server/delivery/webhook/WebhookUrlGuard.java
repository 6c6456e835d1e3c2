package io.tributary.server.delivery.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * SSRF guard for webhook URLs. {@code https} is required in production environments unless {@code
 * TRIBUTARY_ALLOW_HTTP_WEBHOOKS=true}; hosts resolving to loopback, link-local (169.254.0.0/16, fe80::/10),
 * private (10/8, 172.16/12, 192.168/16, 100.64/10 carrier-grade NAT), IPv6 unique-local (fc00::/7), multicast,
 * broadcast or unspecified (0.0.0.0/8, ::) addresses are refused unless {@code
 * TRIBUTARY_ALLOW_PRIVATE_WEBHOOKS=true}. Checked when a destination is saved and again before every send,
 * against every address the host resolves to.
 */
public final class WebhookUrlGuard {
    private final boolean allowHttp;
    private final boolean allowPrivate;

    public WebhookUrlGuard(boolean allowHttp, boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** Syntax and scheme checks (no DNS). Returns the parsed URI. */
    public URI parse(String url, boolean production) throws Refused {
        if (url == null || url.isBlank()) throw new Refused("'url' is required");
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("'url' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http"))
            throw new Refused("'url' must be an http(s) URL, got scheme '" + scheme + "'");
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new Refused("'url' has no host");
        if (uri.getUserInfo() != null) throw new Refused("'url' must not contain credentials (user:password@)");
        if (scheme.equals("http") && production && !allowHttp)
            throw new Refused("production webhooks must use https (or set TRIBUTARY_ALLOW_HTTP_WEBHOOKS=true)");
        return uri;
    }

    /** Full check: syntax, scheme and every resolved address. */
    public URI check(String url, boolean production) throws Refused {
        URI uri = parse(url, production);
        checkHost(uri.getHost());
        return uri;
    }

    public void checkHost(String host) throws Refused {
        if (!allowPrivate) resolve(host); // with private networks allowed, an address not resolvable yet may be saved
    }

    /** A URI host without the brackets of an IPv6 literal ({@code [::1]} → {@code ::1}). */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * Resolves the host (a bracketed IPv6 literal as in a URI is accepted), checks every address it resolves to,
     * and returns the one to connect to, so that the address checked is the address used.
     */
    public InetAddress resolve(String host) throws Refused {
        String bare = bare(host);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new Refused("cannot resolve webhook host '" + host + "'");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (isForbidden(a))
                    throw new Refused("webhook host '" + host + "' resolves to a non-public address ("
                            + a.getHostAddress()
                            + "); set TRIBUTARY_ALLOW_PRIVATE_WEBHOOKS=true to allow private networks");
            }
        }
        return addresses[0];
    }

    /** True for any address a public webhook must not point at. */
    public static boolean isForbidden(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
            if (b0 == 0) return true; // 0.0.0.0/8 "this network"
            if (b0 == 100 && (b1 & 0xc0) == 64) return true; // 100.64.0.0/10 carrier-grade NAT
            if (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) return true; // 192.0.0.0/24 IETF protocol assignments
            if (b0 >= 240) return true; // reserved + 255.255.255.255 broadcast
            return false;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true; // fc00::/7 unique local
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return true; // fec0::/10 deprecated site-local
            boolean v4Compatible = true; // ::a.b.c.d and ::ffff:a.b.c.d embed an IPv4 address
            for (int i = 0; i < 10; i++) if (b[i] != 0) v4Compatible = false;
            if (v4Compatible && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                try {
                    return isForbidden(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 2002::/16 6to4 embeds an IPv4 address
                try {
                    return isForbidden(InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
