package org.communs.portal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-collective roles, kept by the portal (Keycloak only knows global roles). The collectives
 * feature grants and revokes them; the authorisation service reads them.
 */
@ApplicationScoped
@Transactional
public class CollectiveRoles {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Event<MemberChanged> changes;

    public void grant(long memberId, long collectiveId, CollectiveRole role) {
        entityManager.createNativeQuery(
                        "insert ignore into collective_role (member_id, collective_id, role) values (?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, collectiveId)
                .setParameter(3, role.name())
                .executeUpdate();
        changes.fire(new MemberChanged(memberId));
    }

    public void revoke(long memberId, long collectiveId, CollectiveRole role) {
        entityManager.createNativeQuery(
                        "delete from collective_role where member_id = ? and collective_id = ? and role = ?")
                .setParameter(1, memberId)
                .setParameter(2, collectiveId)
                .setParameter(3, role.name())
                .executeUpdate();
        changes.fire(new MemberChanged(memberId));
    }

    /** The collectives a member belongs to, in any role (guests included). */
    public Set<Long> collectivesOf(long memberId) {
        return collectivesOf(List.of(memberId)).getOrDefault(memberId, Set.of());
    }

    /** For each of these members, the collectives they belong to; members in none are left out. */
    public Map<Long, Set<Long>> collectivesOf(Collection<Long> memberIds) {
        Map<Long, Set<Long>> collectives = new HashMap<>();
        if (memberIds.isEmpty()) {
            return collectives;
        }
        Query query = entityManager.createNativeQuery(
                "select distinct member_id, collective_id from collective_role where member_id in ("
                        + String.join(",", Collections.nCopies(memberIds.size(), "?")) + ")");
        int position = 1;
        for (Long memberId : memberIds) {
            query.setParameter(position++, memberId);
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            collectives.computeIfAbsent(((Number) columns[0]).longValue(), id -> new HashSet<>())
                    .add(((Number) columns[1]).longValue());
        }
        return collectives;
    }

    /**
     * The SQL of "the collectives this member leads", for a query of another feature that joins it on
     * purpose (the news feed pages in one query): this table stays this package's to describe.
     *
     * @param memberParameter the placeholder the caller binds the member's id to, such as {@code ?1}
     */
    public static String collectivesLedBy(String memberParameter) {
        return "select collective_id from collective_role where member_id = " + memberParameter + " and role = 'LEAD'";
    }

    /** Who holds one of these roles in the collective. */
    public Set<Long> holders(long collectiveId, Set<CollectiveRole> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        Query query = entityManager.createNativeQuery("select distinct member_id from collective_role where collective_id = ?"
                + " and role in (" + String.join(",", Collections.nCopies(roles.size(), "?")) + ")");
        query.setParameter(1, collectiveId);
        int position = 2;
        for (CollectiveRole role : roles) {
            query.setParameter(position++, role.name());
        }
        Set<Long> holders = new HashSet<>();
        for (Object id : query.getResultList()) {
            holders.add(((Number) id).longValue());
        }
        return holders;
    }

    /** The collectives where the member holds one of these roles. */
    public Set<Long> collectivesWhere(long memberId, Set<CollectiveRole> roles) {
        Set<Long> collectives = new HashSet<>();
        for (Object row : entityManager.createNativeQuery("select collective_id, role from collective_role where member_id = ?")
                .setParameter(1, memberId).getResultList()) {
            Object[] columns = (Object[]) row;
            if (roles.contains(CollectiveRole.valueOf(columns[1].toString()))) {
                collectives.add(((Number) columns[0]).longValue());
            }
        }
        return collectives;
    }

    public Set<CollectiveRole> of(long memberId, long collectiveId) {
        Set<CollectiveRole> roles = EnumSet.noneOf(CollectiveRole.class);
        entityManager.createNativeQuery(
                        "select role from collective_role where member_id = ? and collective_id = ?")
                .setParameter(1, memberId)
                .setParameter(2, collectiveId)
                .getResultList()
                .forEach(role -> roles.add(CollectiveRole.valueOf(role.toString())));
        return roles;
    }
}
