package org.communs.portal.index;

import java.util.HashSet;
import java.util.Set;

/**
 * Who is searching, as the index needs to know it to filter results.
 *
 * @param memberId    the member, or null for an anonymous visitor
 * @param insider     a member of the organisation (not an outside guest)
 * @param collectives the collectives whose shared documents they may read
 * @param roles       the portal roles they hold ({@code admin}…), matched by {@link Visibility#role}
 */
public record Reader(Long memberId, boolean insider, Set<Long> collectives, Set<String> roles) {

    public Reader {
        collectives = Set.copyOf(collectives);
        roles = Set.copyOf(roles);
    }

    public Reader(Long memberId, boolean insider, Set<Long> collectives) {
        this(memberId, insider, collectives, Set.of());
    }

    public static Reader anonymous() {
        return new Reader(null, false, Set.of());
    }

    /** The grants this reader holds; a document is visible when it names one of them. */
    Set<String> grants() {
        Set<String> grants = new HashSet<>();
        grants.add("public");
        if (insider) {
            grants.add("members");
        }
        if (memberId != null) {
            grants.add(Visibility.memberGrant(memberId));
        }
        collectives.forEach(id -> grants.add(Visibility.collectiveGrant(id)));
        roles.forEach(role -> grants.add(Visibility.roleGrant(role)));
        return grants;
    }
}
