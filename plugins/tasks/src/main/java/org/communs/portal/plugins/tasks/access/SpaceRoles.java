package org.communs.portal.plugins.tasks.access;

import java.util.Optional;

/** The acting member's role in a space. */
public final class SpaceRoles {

    private SpaceRoles() {
    }

    /**
     * An explicit row wins (make someone a reader, a guest, or let a guest into a private space);
     * else the space's kind decides: in the organisation's space every member of the organisation
     * works and admins own it; in a collective's space its leads (and admins) own it and its members
     * work; a private space is its owner's. Someone with no role who was shared a task of the
     * space is its guest.
     *
     * @param space      the space
     * @param person     the acting member
     * @param explicit   the space's explicit row for them, if any
     * @param holdsShare whether a task of the space is shared with them
     * @return their role, or empty when they may not even see the space
     */
    public static Optional<SpaceRole> roleOf(SpaceFacts space, Person person, Optional<SpaceRole> explicit, boolean holdsShare) {
        if (space.kind() == SpaceKind.PRIVATE && Long.valueOf(person.id()).equals(space.ownerId())) {
            // Nobody, not even its owner by mistake, can lock the owner out of their own space.
            return Optional.of(SpaceRole.OWNER);
        }
        if (explicit.isPresent()) {
            return explicit;
        }
        Optional<SpaceRole> byKind = byKind(space, person);
        if (byKind.isPresent()) {
            return byKind;
        }
        return holdsShare ? Optional.of(SpaceRole.GUEST) : Optional.empty();
    }

    private static Optional<SpaceRole> byKind(SpaceFacts space, Person person) {
        return switch (space.kind()) {
            case ORGANISATION -> person.admin() ? Optional.of(SpaceRole.OWNER)
                    : person.insider() ? Optional.of(SpaceRole.MEMBER) : Optional.empty();
            case COLLECTIVE -> {
                Long collective = space.collectiveId();
                if (person.admin() || (collective != null && person.leads().contains(collective))) {
                    yield Optional.of(SpaceRole.OWNER);
                }
                yield collective != null && person.collectives().contains(collective)
                        ? Optional.of(SpaceRole.MEMBER) : Optional.empty();
            }
            case PRIVATE -> Optional.empty();
        };
    }
}
