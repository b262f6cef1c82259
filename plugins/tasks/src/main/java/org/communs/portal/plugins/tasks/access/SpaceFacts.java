package org.communs.portal.plugins.tasks.access;

import java.util.Objects;

/**
 * What of a space decides who belongs to it.
 *
 * @param kind         whose space it is
 * @param collectiveId the collective of a {@code COLLECTIVE} space, else null
 * @param ownerId      the owner of a {@code PRIVATE} space, else null
 * @param archived     an archived space is read-only
 */
public record SpaceFacts(SpaceKind kind, Long collectiveId, Long ownerId, boolean archived) {

    public SpaceFacts {
        Objects.requireNonNull(kind, "kind");
    }
}
