package org.communs.portal.collective;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.richtext.RichText;

/**
 * A collective as a form or an API client sent it. {@link #checked()} trims it, sanitises the
 * description and refuses what cannot be stored, with a message key the user can act on.
 */
public record CollectiveDraft(String name, long typeId, String summary, String descriptionHtml,
                              JoinPolicy joinPolicy, List<CollectiveLink> links) {

    static final int MAX_NAME = 120;
    static final int MAX_SUMMARY = 300;
    static final int MAX_LINKS = 10;
    static final int MAX_LINK_LABEL = 80;
    static final int MAX_URL = 500;

    public CollectiveDraft {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** @throws PortalException invalid input, naming the first problem */
    public CollectiveDraft checked() {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.length() < 2) {
            throw invalid("collective.error.nameMissing");
        }
        if (cleanName.length() > MAX_NAME || hasControl(cleanName)) {
            throw invalid("collective.error.nameTooLong", MAX_NAME);
        }
        String cleanSummary = summary == null ? "" : summary.strip();
        if (cleanSummary.length() > MAX_SUMMARY || hasControl(cleanSummary)) {
            throw invalid("collective.error.summaryTooLong", MAX_SUMMARY);
        }
        String description = descriptionHtml == null ? "" : descriptionHtml;
        if (description.length() > RichText.MAX_HTML_CHARS) {
            throw invalid("richtext.error.tooLong", RichText.MAX_HTML_CHARS / 1000);
        }
        if (links.size() > MAX_LINKS) {
            throw invalid("collective.error.tooManyLinks", MAX_LINKS);
        }
        List<CollectiveLink> cleanLinks = links.stream()
                .filter(link -> !blank(link.getLabel()) || !blank(link.getUrl()))
                .map(CollectiveDraft::checkedLink).toList();
        return new CollectiveDraft(cleanName, typeId, cleanSummary, RichText.sanitize(description),
                Objects.requireNonNullElse(joinPolicy, JoinPolicy.OPEN), cleanLinks);
    }

    private static CollectiveLink checkedLink(CollectiveLink link) {
        String label = link.getLabel() == null ? "" : link.getLabel().strip();
        String url = link.getUrl() == null ? "" : link.getUrl().strip();
        if (label.isEmpty() || label.length() > MAX_LINK_LABEL || hasControl(label)) {
            throw invalid("collective.error.linkLabel", MAX_LINK_LABEL);
        }
        if (!isWebAddress(url)) {
            throw invalid("collective.error.linkUrl", url.length() > 60 ? url.substring(0, 60) + "…" : url);
        }
        return new CollectiveLink(label, url);
    }

    /** Only http(s) addresses: a {@code javascript:} link in a collective's space would run in every reader's session. */
    static boolean isWebAddress(String url) {
        if (url.isEmpty() || url.length() > MAX_URL || hasControl(url) || url.contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t');
    }

    private static PortalException invalid(String key, Object... arguments) {
        return new PortalException(Reason.INVALID_INPUT, key, arguments);
    }
}
