package org.communs.portal.member;

/**
 * Fired when what others may know of a member changed: created, signed in with new details,
 * disabled or enabled, given other roles or collectives. Observers that keep derived data (the
 * search index) listen after the transaction succeeds.
 *
 * @param memberId the member
 */
public record MemberChanged(long memberId) {
}
