package org.communs.portal.plugin.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses webhooks may call: {@code http} and {@code https} only, and never the portal's
 * host or its private network (loopback, private, link-local, unique-local, any-local), whose
 * services trust calls from the portal, unless listed as allowed ({@code host:port}) by the admin.
 */
public final class WebhookAddresses {

    private final Set<String> allowed;

    /** @param allowed {@code host:port} pairs, comma-separated, that may be called although local */
    public WebhookAddresses(String allowed) {
        this.allowed = allowed == null ? Set.of() : Arrays.stream(allowed.split(",")).map(String::strip)
                .filter(pair -> !pair.isEmpty()).map(pair -> pair.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * @return null when the address may be called, else why not (for the plugin's exception or the delivery's error)
     */
    public String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException notAUrl) {
            return "not an address: " + url;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "only http and https addresses of a host, without credentials: " + url;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (allowed.contains(host + ":" + port)) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                        || address.isSiteLocalAddress() || isUniqueLocal(address)) {
                    return "an address of the portal's host or private network: " + host;
                }
            }
        } catch (UnknownHostException unknown) {
            return "unknown host: " + host;
        }
        return null;
    }

    /** IPv6 fc00::/7, which Java does not count as site-local. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
