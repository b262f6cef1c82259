package org.communs.portal.member;

/** Whether a member may use the portal. A disabled member is refused even with a valid Keycloak session. */
public enum MemberStatus {
    ACTIVE,
    DISABLED
}
