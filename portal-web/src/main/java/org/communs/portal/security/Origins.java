package org.communs.portal.security;

import java.net.URI;
import java.util.Locale;

/** Web origins ({@code scheme://host[:port]}) as browsers write them in the {@code Origin} header. */
final class Origins {

    private Origins() {
    }

    /** @return the origin of an absolute URL, lower case, without a default port; "" when it has none */
    static String of(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
