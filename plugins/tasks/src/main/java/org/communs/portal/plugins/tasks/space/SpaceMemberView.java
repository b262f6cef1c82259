package org.communs.portal.plugins.tasks.space;

import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.access.SpaceRole;

/**
 * A member with an explicit role in a space, named.
 *
 * @param member the member
 * @param role   their explicit role
 */
public record SpaceMemberView(MemberCard member, SpaceRole role) {
}
