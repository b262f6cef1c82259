package org.communs.portal.index;

import java.util.Objects;
import java.util.Set;

/**
 * Who may find a document. A document is visible to a reader when they share at least one access
 * grant: everyone, every member of the organisation, the members of one collective, or named members.
 *
 * @param grants the grants, as written in the index ({@code public}, {@code members},
 *               {@code collective:12}, {@code member:34})
 */
public record Visibility(Set<String> grants) {

    public Visibility {
        if (grants == null || grants.isEmpty()) {
            throw new IllegalArgumentException("A document must be visible to someone");
        }
        grants = Set.copyOf(grants);
    }

    /** Anyone, signed in or not (public agenda, public news). */
    public static Visibility everyone() {
        return new Visibility(Set.of("public"));
    }

    /** Every member of the organisation, not outside guests. */
    public static Visibility members() {
        return new Visibility(Set.of("members"));
    }

    /** The members of one collective (and its guests). */
    public static Visibility collective(long collectiveId) {
        return new Visibility(Set.of(collectiveGrant(collectiveId)));
    }

    /** Only these members. */
    public static Visibility named(Set<Long> memberIds) {
        return new Visibility(Set.copyOf(memberIds.stream().map(Visibility::memberGrant).toList()));
    }

    static String collectiveGrant(long collectiveId) {
        return "collective:" + collectiveId;
    }

    static String memberGrant(long memberId) {
        return "member:" + Objects.requireNonNull(memberId);
    }
}
