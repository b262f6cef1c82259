package org.communs.portal.api.plugin;

import java.util.Set;

/** Who may find a {@link SearchEntry}. */
public sealed interface Audience {

    /** @return every member of the portal (not guests) */
    static Audience members() {
        return new Members();
    }

    /**
     * @param collectiveId the collective
     * @return the collective's members, leads and invited guests, and the portal's admins
     */
    static Audience collective(long collectiveId) {
        return new Collective(collectiveId);
    }

    /**
     * @param memberIds the members
     * @return only these members
     */
    static Audience named(Set<Long> memberIds) {
        return new Named(Set.copyOf(memberIds));
    }

    /** @return the portal's admins only */
    static Audience admins() {
        return new Admins();
    }

    /** Every member of the portal, not guests. */
    record Members() implements Audience {
    }

    /** The members, leads and invited guests of a collective, and the admins. @param collectiveId the collective */
    record Collective(long collectiveId) implements Audience {
    }

    /** Named members. @param memberIds their ids */
    record Named(Set<Long> memberIds) implements Audience {
    }

    /** The portal's admins. */
    record Admins() implements Audience {
    }
}
