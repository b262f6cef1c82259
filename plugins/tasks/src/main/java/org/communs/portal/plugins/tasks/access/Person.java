package org.communs.portal.plugins.tasks.access;

import java.util.Set;
import org.communs.portal.api.plugin.PortalMember;

/**
 * The acting member, with what decides their default roles: portal admin or not, portal guest or
 * not, and the collectives they belong to and lead.
 *
 * @param id          the member's id
 * @param name        their name as the portal shows it (for notifications)
 * @param admin       a portal admin
 * @param insider     a member of the organisation, not a portal guest
 * @param collectives the collectives they belong to (leads included)
 * @param leads       the collectives they lead
 */
public record Person(long id, String name, boolean admin, boolean insider, Set<Long> collectives, Set<Long> leads) {

    /** The portal's role of members of the organisation, as {@link PortalMember#roles()} names it. */
    public static final String MEMBER_ROLE = "MEMBER";

    public Person {
        java.util.Objects.requireNonNull(name, "name");
        collectives = Set.copyOf(collectives);
        leads = Set.copyOf(leads);
    }

    /**
     * @param member the portal's member
     * @return whether they belong to the organisation: an admin or a {@code MEMBER} (collective
     *         leads are {@code MEMBER} in the contract); a portal {@code GUEST} does not
     */
    public static boolean isInsider(PortalMember member) {
        return member.isAdmin() || member.roles().contains(MEMBER_ROLE);
    }

    /** @return the person of a portal member who belongs to the given collectives and leads some */
    public static Person of(PortalMember member, Set<Long> collectives, Set<Long> leads) {
        return new Person(member.id(), member.displayName(), member.isAdmin(), isInsider(member), collectives, leads);
    }
}
