package org.communs.portal.member;

/**
 * A search in the member list.
 *
 * @param text   part of a name, login or e-mail; empty for everyone
 * @param role   only members with this global role, or null
 * @param status only members with this status, or null
 * @param offset first result (paging)
 * @param limit  at most this many results (1 to 500)
 */
public record MemberQuery(String text, GlobalRole role, MemberStatus status, int offset, int limit) {

    public MemberQuery {
        text = text == null ? "" : text.strip();
        offset = Math.max(0, offset);
        limit = Math.min(500, Math.max(1, limit));
    }

    public static MemberQuery everyone() {
        return new MemberQuery("", null, null, 0, 500);
    }
}
