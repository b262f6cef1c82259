package org.communs.portal.mailing;

/**
 * One claimed row of the outbox: what the sender needs to build and send the e-mail.
 *
 * @param claimToken the claim this row belongs to: a sender whose lease ran out can no longer mark it
 */
record OutgoingMail(long id, MailKind kind, long refId, long memberId, Long collectiveId, String address,
                    String language, String name, int attempts, String claimToken) {
}
