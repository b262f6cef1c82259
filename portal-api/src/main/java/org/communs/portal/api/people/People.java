package org.communs.portal.api.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Members and collectives for plugins (since API 1.1). Every answer about members is what the
 * current reader may see, as in the portal's own directory: a member's photo only when they show
 * it to that reader. Calls outside a member's request (a scheduled job) read as the portal itself
 * and give no photo.
 *
 * <pre>{@code
 * // an assignee field: suggestions while typing, then the picked member's card
 * List<MemberCard> suggestions = context.people().find(typed, 10);
 * MemberCard assignee = context.people().member(id).orElseThrow();
 * }</pre>
 */
public interface People {

    /**
     * Finds active members by words of their name, as the directory's search does (accents and
     * case ignored, a typo forgiven, the last word as a prefix while typing), those the reader may
     * find first by relevance.
     *
     * @param words what was typed; fewer than 2 letters finds no one
     * @param limit at most this many (1 to 50)
     * @return the members found, best first
     * @throws org.communs.portal.api.plugin.AccessDeniedException when the reader may not search
     *         the directory (a guest)
     */
    List<MemberCard> find(String words, int limit);

    /**
     * @param memberId a member's id
     * @return the member, disabled ones included (flagged), or empty when there is none
     */
    Optional<MemberCard> member(long memberId);

    /**
     * Reads many members in one call (a list of tasks and their assignees).
     *
     * @param memberIds members' ids; unknown ones are left out
     * @return the members, in the order of the ids given
     */
    List<MemberCard> members(Collection<Long> memberIds);

    /**
     * What a member is in the portal, in the contract's words ({@code ADMIN}, {@code MEMBER},
     * {@code GUEST}, as {@link org.communs.portal.api.plugin.PortalMember#roles()}): lets a plugin
     * keep a portal guest out of what only members see (assigning, mentioning, notifying).
     * A default method for plugins built against API 1.1 without it; this portal implements it.
     *
     * @param memberId a member's id
     * @return their roles, empty when there is no such member
     */
    default Set<String> roles(long memberId) {
        throw new UnsupportedOperationException("this portal does not tell members' roles to plugins");
    }

    /**
     * @param collectiveId a collective
     * @return its subscribers whose subscription is active, leads included
     */
    Set<Long> membersOf(long collectiveId);

    /**
     * @param collectiveId a collective
     * @return its leads
     */
    Set<Long> leadsOf(long collectiveId);

    /**
     * @param memberId a member
     * @return the collectives they belong to (an active subscription or a lead's role), archived ones included
     */
    List<CollectiveCard> collectivesOf(long memberId);

    /**
     * @param collectiveId a collective
     * @return it, or empty when there is none
     */
    Optional<CollectiveCard> collective(long collectiveId);
}
