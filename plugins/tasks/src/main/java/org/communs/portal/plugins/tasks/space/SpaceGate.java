package org.communs.portal.plugins.tasks.space;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.access.Access;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.access.SpaceCrowd;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.access.SpaceRole;
import org.communs.portal.plugins.tasks.access.SpaceRoles;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.problem.NotFoundException;

/**
 * The door of every space: what the acting member may do there, from the rules of
 * {@link org.communs.portal.plugins.tasks.access} and what the portal and the tables say. A space
 * the member may not see is {@linkplain NotFoundException not found}, exactly like a missing id; a
 * space they see but may not change refuses with {@link AccessDeniedException}.
 */
public final class SpaceGate {

    private final Sql sql;
    private final People people;
    private final SpaceRepository spaces;
    private final LongPredicate moduleOn;
    private volatile GuestPasses passes = GuestPasses.NONE;

    /**
     * @param sql      the database
     * @param people   the portal's members and collectives
     * @param spaces   the spaces' tables
     * @param moduleOn whether the plugin is on for a collective (its leads turn it on and off)
     */
    public SpaceGate(Sql sql, People people, SpaceRepository spaces, LongPredicate moduleOn) {
        this.sql = sql;
        this.people = people;
        this.spaces = spaces;
        this.moduleOn = moduleOn;
    }

    /**
     * @return whether the space is in use: a collective's space only while its collective has the
     *         plugin on (off, it is hidden from everyone, its data kept for when it is on again)
     */
    public boolean inUse(Space space) {
        return space.kind() != SpaceKind.COLLECTIVE || space.collectiveId() == null || moduleOn.test(space.collectiveId());
    }

    /** @return whether the plugin is on for the collective (a collective's space may be created for it) */
    public boolean onFor(long collectiveId) {
        return moduleOn.test(collectiveId);
    }

    /** @param guestPasses where tasks are shared with a member (given by the tasks' side once it exists) */
    public void useGuestPasses(GuestPasses guestPasses) {
        this.passes = guestPasses;
    }

    /**
     * @param member the portal's member
     * @return the person: their collectives and those they lead, as the portal says now
     */
    public Person person(PortalMember member) {
        Set<Long> collectives = people.collectivesOf(member.id()).stream().map(CollectiveCard::id).collect(Collectors.toSet());
        Set<Long> leads = new HashSet<>();
        for (Long collective : collectives) {
            if (people.leadsOf(collective).contains(member.id())) {
                leads.add(collective);
            }
        }
        return Person.of(member, collectives, leads);
    }

    /**
     * @param spaceId a space's id
     * @param person  the acting member
     * @return the space and what they may do there
     * @throws NotFoundException when there is no such space or they may not see it
     */
    public SeenSpace open(long spaceId, Person person) {
        Space space = spaces.find(sql, spaceId).orElseThrow(() -> new NotFoundException("space"));
        return seen(space, person).orElseThrow(() -> new NotFoundException("space"));
    }

    /**
     * Like {@link #open}, then refuses an action the member may not do.
     *
     * @throws NotFoundException     when they may not see the space
     * @throws AccessDeniedException when they see it but may not do that
     */
    public SeenSpace require(long spaceId, Person person, SpaceAction action) {
        SeenSpace seen = open(spaceId, person);
        requireTo(seen, person, action);
        return seen;
    }

    /** @throws AccessDeniedException when the member may not do that in the space they see */
    public static void requireTo(SeenSpace seen, Person person, SpaceAction action) {
        if (!seen.may(action)) {
            throw new AccessDeniedException("member " + person.id() + " may not " + action + " in space " + seen.space().id());
        }
    }

    /** @return the space as the member sees it, or empty when they may not see it */
    public Optional<SeenSpace> seen(Space space, Person person) {
        Optional<SpaceRole> explicit = spaces.explicitRole(sql, space.id(), person.id());
        return seen(space, person, explicit, () -> passes.spacesSharedWith(person.id()).contains(space.id()));
    }

    /** The same, with the member's explicit roles and shared spaces already read (a page listing many spaces). */
    Optional<SeenSpace> seen(Space space, Person person, Map<Long, SpaceRole> explicitRoles, Set<Long> sharedSpaces) {
        return seen(space, person, Optional.ofNullable(explicitRoles.get(space.id())), () -> sharedSpaces.contains(space.id()));
    }

    /** @return the spaces where tasks are shared with the member */
    Set<Long> sharedSpaces(long memberId) {
        return passes.spacesSharedWith(memberId);
    }

    /** @return the lists holding a task shared with the member (what a guest of a space sees of its lists) */
    public Set<Long> sharedLists(long memberId) {
        return passes.listsSharedWith(memberId);
    }

    /**
     * @param space a space
     * @return who belongs to it, for questions about members other than the acting one
     */
    public SpaceCrowd crowd(Space space) {
        if (!inUse(space)) {
            // Nobody: no notice, mention or search entry reaches anyone from a space turned off.
            return new SpaceCrowd(space.facts(), Map.of(), Set.of(), Set.of(), member -> Set.of());
        }
        Set<Long> members = Set.of();
        Set<Long> leads = Set.of();
        if (space.kind() == SpaceKind.COLLECTIVE && space.collectiveId() != null) {
            members = people.membersOf(space.collectiveId());
            leads = people.leadsOf(space.collectiveId());
        }
        return new SpaceCrowd(space.facts(), spaces.explicitRoles(sql, space.id()), members, leads, people::roles);
    }

    private Optional<SeenSpace> seen(Space space, Person person, Optional<SpaceRole> explicit,
                                     java.util.function.BooleanSupplier holdsShare) {
        if (!inUse(space)) {
            return Optional.empty();
        }
        // The share is looked up only when nothing else gives a role: most members never need it.
        Optional<SpaceRole> role = SpaceRoles.roleOf(space.facts(), person, explicit, false);
        if (role.isEmpty() && holdsShare.getAsBoolean()) {
            role = SpaceRoles.roleOf(space.facts(), person, explicit, true);
        }
        return role.map(found -> new SeenSpace(space, new Access(found, space.archived())));
    }
}
