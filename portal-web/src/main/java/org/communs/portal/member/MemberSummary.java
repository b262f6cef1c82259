package org.communs.portal.member;

import java.time.Instant;
import java.util.Set;

/** A member as other features and pages see them (never the entity). */
public record MemberSummary(long id, String subject, String username, String displayName, String email,
                            String language, MemberStatus status, Set<GlobalRole> roles, Instant lastLoginAt) {

    static MemberSummary of(Member member) {
        return new MemberSummary(member.id(), member.subject(), member.username(), member.displayName(),
                member.email(), member.language(), member.status(), member.roles(), member.lastLoginAt());
    }

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean has(GlobalRole role) {
        return roles.contains(role);
    }
}
