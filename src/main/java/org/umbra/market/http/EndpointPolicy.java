package org.umbra.market.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Which endpoints a user may point Umbra at. Anything on the public internet must be https: what Umbra
 * asks (which addresses are the user's) is private. Plain http is accepted only where it never crosses the
 * internet: this machine, private address ranges and local host names, e.g. a node on a home server.
 * Host names are judged by their text only; no DNS lookup is made.
 */
public final class EndpointPolicy {
    private EndpointPolicy() {
    }

    /** Null if {@code url} may be used, else why not, in user words. */
    public static String check(HttpUrl url) {
        if (url.isHttps() || isPrivateHost(url.host())) {
            return null;
        }
        return "plain http is allowed only for this computer or a local network (" + url.host()
                + " is neither): use https";
    }

    /** True for plain http to a loopback, private-range or local host: allowed, but the UI notes it is unencrypted. */
    public static boolean isPlainHttpPrivate(HttpUrl url) {
        return !url.isHttps() && isPrivateHost(url.host());
    }

    /**
     * The note the UI shows beside an accepted plain-http endpoint, null for https (and for text that is not a URL,
     * which {@link #check} and the settings refuse with their own message).
     */
    public static String plainHttpNote(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null || !isPlainHttpPrivate(parsed)) {
            return null;
        }
        return "Plain http: requests to " + parsed.host() + " are not encrypted. Accepted because it is this computer or"
                + " your local network; anyone on that network can read them.";
    }

    private static boolean isPrivateHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".local") || name.endsWith(".lan")) {
            return true;
        }
        InetAddress literal = ipLiteral(name);
        if (literal instanceof Inet4Address) {
            // 127/8, 10/8, 172.16/12, 192.168/16, 169.254/16.
            return literal.isLoopbackAddress() || literal.isSiteLocalAddress() || literal.isLinkLocalAddress();
        }
        if (literal instanceof Inet6Address) {
            int first = literal.getAddress()[0] & 0xff;
            // ::1, unique local fc00::/7, link-local fe80::/10.
            return literal.isLoopbackAddress() || (first & 0xfe) == 0xfc || literal.isLinkLocalAddress();
        }
        return false;
    }

    /** The address if {@code host} is an IP literal (OkHttp gives IPv6 without brackets), else null; never resolves names. */
    private static InetAddress ipLiteral(String host) {
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!ipv4 && !host.contains(":")) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
