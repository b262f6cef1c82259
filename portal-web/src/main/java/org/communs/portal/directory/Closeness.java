package org.communs.portal.directory;

import java.util.Set;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;

/** How close a reader is to a profile's owner, which decides the fields they see. */
enum Closeness {
    /** Not allowed to browse the directory (guests, disabled members, anonymous). */
    NONE,
    /** Any member of the organisation. */
    MEMBER,
    /** Shares at least one collective with the owner. */
    SAME_COLLECTIVE,
    /** The owner themself, or an admin. */
    FULL;

    static Closeness of(MemberSummary reader, boolean mayBrowse, Set<Long> readerCollectives,
                        long ownerId, Set<Long> ownerCollectives) {
        if (reader == null || !reader.active()) {
            return NONE;
        }
        if (reader.id() == ownerId || reader.has(GlobalRole.ADMIN)) {
            return FULL;
        }
        if (!mayBrowse) {
            return NONE;
        }
        return readerCollectives.stream().anyMatch(ownerCollectives::contains) ? SAME_COLLECTIVE : MEMBER;
    }

    boolean sees(FieldVisibility visibility) {
        return switch (visibility) {
            case MEMBERS -> this != NONE;
            case COLLECTIVES -> this == SAME_COLLECTIVE || this == FULL;
            case ADMINS -> this == FULL;
        };
    }
}
