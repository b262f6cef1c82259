package org.communs.portal.plugins.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A link about to be added, checked: the only place that knows what a valid link is, so the page
 * and the REST API accept exactly the same links.
 *
 * @param title       1 to {@value #MAX_TITLE} characters, on one line
 * @param url         an absolute http or https address of at most {@value #MAX_URL} characters
 * @param description at most {@value #MAX_DESCRIPTION} characters, possibly empty
 */
public record NewLink(String title, String url, String description) {

    /** The longest title, as the {@code links_link.title} column allows. */
    public static final int MAX_TITLE = 120;
    /** The longest address, as the {@code links_link.url} column allows. */
    public static final int MAX_URL = 2000;
    /** The longest description, as the {@code links_link.description} column allows. */
    public static final int MAX_DESCRIPTION = 500;

    // Anything else (javascript:, data:, file:, mailto:…) would run or open something other than a web page.
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    /**
     * Checks what a member typed or sent, trimmed of surrounding spaces.
     *
     * @param title       the title (null counts as empty)
     * @param url         the address (null counts as empty)
     * @param description the description (null counts as empty)
     * @return the link, ready to be stored
     * @throws InvalidLinkException naming the first broken rule
     */
    public static NewLink of(String title, String url, String description) throws InvalidLinkException {
        return new NewLink(checkTitle(title), checkUrl(url), checkDescription(description));
    }

    private static String checkTitle(String raw) throws InvalidLinkException {
        // A title is shown on one line (table, widget, search results, mail): control characters become spaces.
        String title = clean(raw).replaceAll("\\p{Cntrl}+", " ").strip();
        if (title.isEmpty()) {
            throw new InvalidLinkException("title", "links.error.title.missing");
        }
        if (characters(title) > MAX_TITLE) {
            throw new InvalidLinkException("title", "links.error.title.tooLong", MAX_TITLE);
        }
        return title;
    }

    private static String checkUrl(String raw) throws InvalidLinkException {
        String url = clean(raw);
        if (url.isEmpty()) {
            throw new InvalidLinkException("url", "links.error.url.missing");
        }
        if (characters(url) > MAX_URL) {
            throw new InvalidLinkException("url", "links.error.url.tooLong", MAX_URL);
        }
        if (!isWebAddress(url)) {
            throw new InvalidLinkException("url", "links.error.url.invalid");
        }
        return url;
    }

    private static String checkDescription(String raw) throws InvalidLinkException {
        String description = clean(raw);
        if (characters(description) > MAX_DESCRIPTION) {
            throw new InvalidLinkException("description", "links.error.description.tooLong", MAX_DESCRIPTION);
        }
        return description;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            // The authority (host) is required: "http:example.org" or "https:///path" lead nowhere.
            return uri.isAbsolute()
                    && WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    // MariaDB counts characters (code points), not Java's UTF-16 units: an emoji is one character.
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
