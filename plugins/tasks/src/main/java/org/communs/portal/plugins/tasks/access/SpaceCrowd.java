package org.communs.portal.plugins.tasks.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.plugin.Audience;

/**
 * Who else belongs to a space: for checking an assignee, resolving a mention and giving a task's
 * audience in the search, where the member in question is not the one acting.
 *
 * <p>Another member's portal roles come from {@code People.roles}: a portal guest has no role in
 * the organisation's space (cannot be assigned, mentioned or told of its tasks), a portal admin
 * owns it and every collective's space. The organisation's tasks are found in the search by
 * {@link Audience#members()}, which the portal itself limits to non-guests.
 *
 * @param space       the space
 * @param explicit    the space's explicit rows: member → role
 * @param members     the members of its collective (leads included), for a collective's space
 * @param leads       the leads of its collective, for a collective's space
 * @param portalRoles a member's roles in the portal ({@code ADMIN}, {@code MEMBER}, {@code GUEST})
 */
public record SpaceCrowd(SpaceFacts space, Map<Long, SpaceRole> explicit, Set<Long> members, Set<Long> leads,
                         java.util.function.LongFunction<Set<String>> portalRoles) {

    public SpaceCrowd {
        explicit = Map.copyOf(explicit);
        members = Set.copyOf(members);
        leads = Set.copyOf(leads);
    }

    /**
     * @param memberId   a member
     * @param holdsShare whether a task of the space is shared with them
     * @return their role, as far as the portal lets the plugin know it
     */
    public Optional<SpaceRole> roleOf(long memberId, boolean holdsShare) {
        Set<Long> belongsTo = space.collectiveId() != null && members.contains(memberId) ? Set.of(space.collectiveId()) : Set.of();
        Set<Long> leadsOf = space.collectiveId() != null && leads.contains(memberId) ? Set.of(space.collectiveId()) : Set.of();
        Set<String> roles = portalRoles.apply(memberId);
        boolean admin = roles.contains("ADMIN");
        Person person = new Person(memberId, "", admin, admin || roles.contains(Person.MEMBER_ROLE), belongsTo, leadsOf);
        return SpaceRoles.roleOf(space, person, Optional.ofNullable(explicit.get(memberId)), holdsShare);
    }

    /**
     * @param memberId       a member
     * @param sharedWithThem whether the task (or its parent) is shared with them
     * @return whether they see the task
     */
    public boolean seesTask(long memberId, boolean sharedWithThem) {
        return roleOf(memberId, sharedWithThem).map(role -> new Access(role, false).seesTask(sharedWithThem)).orElse(false);
    }

    /** @return the members the plugin can name as seeing every task (the organisation's members excepted: they cannot be listed) */
    public Set<Long> named() {
        Set<Long> named = new HashSet<>(leads);
        named.addAll(members);
        if (space.ownerId() != null) {
            named.add(space.ownerId());
        }
        explicit.forEach((member, role) -> {
            if (role.may(SpaceAction.SEE_EVERY_TASK)) {
                named.add(member);
            } else {
                named.remove(member);
            }
        });
        return named;
    }

    /**
     * Who may find a task in the portal's search.
     *
     * @param sharedWith the members the task (or its parent) is shared with
     * @return every member of the organisation for the organisation's space when no explicit row
     *         holds anyone back to guest; else the members named by the space, and those shared with
     */
    public Audience audience(Set<Long> sharedWith) {
        boolean someoneHeldBack = explicit.values().stream().anyMatch(role -> !role.may(SpaceAction.SEE_EVERY_TASK));
        if (space.kind() == SpaceKind.ORGANISATION && !someoneHeldBack) {
            return Audience.members();
        }
        Set<Long> audience = new HashSet<>(named());
        for (Long member : sharedWith) {
            if (seesTask(member, true)) {
                audience.add(member);
            }
        }
        return Audience.named(audience);
    }
}
