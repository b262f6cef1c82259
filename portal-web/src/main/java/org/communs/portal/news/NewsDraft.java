package org.communs.portal.news;

import java.util.LinkedHashSet;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.richtext.RichText;

/** A news item as a lead's form or an API client sent it; {@link #checked()} cleans and judges it. */
public record NewsDraft(String title, String bodyHtml, boolean publicItem, Set<Long> collectiveIds) {

    static final int MAX_TITLE = 200;

    public NewsDraft {
        collectiveIds = collectiveIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(collectiveIds));
    }

    /** @throws PortalException invalid input, naming the first problem */
    public NewsDraft checked() {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw invalid("news.error.titleMissing");
        }
        if (cleanTitle.length() > MAX_TITLE || cleanTitle.chars().anyMatch(c -> c < 0x20)) {
            throw invalid("news.error.titleTooLong", MAX_TITLE);
        }
        String body = bodyHtml == null ? "" : bodyHtml;
        if (body.length() > RichText.MAX_HTML_CHARS) {
            throw invalid("richtext.error.tooLong", RichText.MAX_HTML_CHARS / 1000);
        }
        String clean = RichText.sanitize(body);
        if (RichText.isBlank(clean)) {
            throw invalid("news.error.bodyMissing");
        }
        if (collectiveIds.isEmpty()) {
            throw invalid("news.error.noCollective");
        }
        return new NewsDraft(cleanTitle, clean, publicItem, collectiveIds);
    }

    private static PortalException invalid(String key, Object... arguments) {
        return new PortalException(Reason.INVALID_INPUT, key, arguments);
    }
}
