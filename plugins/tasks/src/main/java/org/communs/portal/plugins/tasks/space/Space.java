package org.communs.portal.plugins.tasks.space;

import java.time.Instant;
import org.communs.portal.plugins.tasks.access.SpaceFacts;
import org.communs.portal.plugins.tasks.access.SpaceKind;

/**
 * A space, as stored. Public with its accessors because pages read it ({@code #{space.name}}).
 *
 * @param id           its id
 * @param name         its name, at most {@value #MAX_NAME} characters
 * @param kind         whose space it is
 * @param collectiveId the collective of a collective's space
 * @param ownerId      the owner of a private space
 * @param position     its rank among spaces
 * @param archivedAt   when it was archived, or null
 * @param createdBy    who created it, or null once anonymised
 * @param createdAt    when
 */
public record Space(long id, String name, SpaceKind kind, Long collectiveId, Long ownerId, int position, Instant archivedAt,
                    Long createdBy, Instant createdAt) {

    /** The longest name, as the column allows. */
    public static final int MAX_NAME = 255;

    /** @return whether the space is archived (read-only) */
    public boolean archived() {
        return archivedAt != null;
    }

    /** @return what decides who belongs to it */
    public SpaceFacts facts() {
        return new SpaceFacts(kind, collectiveId, ownerId, archived());
    }
}
