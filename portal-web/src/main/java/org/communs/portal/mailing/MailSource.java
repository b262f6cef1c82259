package org.communs.portal.mailing;

import java.util.Optional;
import java.util.Set;

/**
 * A feature whose mails the outbox sends, asked what a queued row says when it is sent (rather
 * than copying it into every row: a mail to 5,000 people is stored once). The news feature gives
 * its items and weekly digests this way, so the outbox never reads another feature's tables.
 */
public interface MailSource {

    /** The kinds of rows this source writes. */
    Set<MailKind> kinds();

    /** @return empty when the referred thing is gone (a deleted item): the row fails with that reason */
    Optional<MailContent> content(MailReference mail, String publicUrl);

    /**
     * What a queued row refers to.
     *
     * @param refId        the source's own id (an item, a week as {@code yyyyww})
     * @param collectiveId the collective the mail is sent for, or null
     * @param language     the recipient's language code
     */
    record MailReference(MailKind kind, long refId, long memberId, Long collectiveId, String language) {
    }
}
