package org.communs.portal.mailing;

import java.time.Instant;
import java.util.Map;

/**
 * A mailing with where its e-mails are.
 *
 * @param statuses how many recipients are in each status (empty for a draft)
 */
public record MailingSummary(long id, long collectiveId, String collectiveName, String subject, String bodyHtml,
                             boolean draft, Instant createdAt, Instant queuedAt, int recipients,
                             Map<DeliveryStatus, Long> statuses) implements java.io.Serializable {

    public long count(DeliveryStatus status) {
        return statuses.getOrDefault(status, 0L);
    }
}
