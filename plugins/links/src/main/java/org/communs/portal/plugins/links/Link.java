package org.communs.portal.plugins.links;

import java.time.Instant;
import java.util.Map;

/**
 * A useful link, as stored. Public because pages read its components ({@code #{link.title}}).
 *
 * @param id          its id
 * @param title       what it is called
 * @param url         an absolute http or https address
 * @param description a few words about it, possibly empty
 * @param createdBy   the member who added it, or null once anonymised
 * @param createdAt   when it was added
 */
public record Link(long id, String title, String url, String description, Long createdBy, Instant createdAt) {

    /** @return the link as a member's personal-data export shows it (JSON-friendly values only) */
    Map<String, Object> asExport() {
        return Map.of("id", id, "title", title, "url", url, "description", description,
                "createdAt", createdAt.toString());
    }
}
