package org.communs.portal.mailing;

import java.time.Instant;

/** One recipient of a mailing and what became of their e-mail. */
public record Recipient(long memberId, String name, String address, DeliveryStatus status, int attempts,
                        String lastError, Instant sentAt) implements java.io.Serializable {
}
