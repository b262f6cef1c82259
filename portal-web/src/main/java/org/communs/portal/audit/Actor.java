package org.communs.portal.audit;

/**
 * Who did something, as the audit log records it.
 *
 * @param memberId the member, or null for an anonymous visitor or the system
 * @param name     their name at the time (kept even if the member is renamed later)
 * @param clientIp the address the request came from, or null outside a request
 */
public record Actor(Long memberId, String name, String clientIp) {

    public static Actor system() {
        return new Actor(null, "system", null);
    }
}
