package org.communs.portal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
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

    public void grant(long memberId, long collectiveId, CollectiveRole role) {
        entityManager.createNativeQuery(
                        "insert ignore into collective_role (member_id, collective_id, role) values (?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, collectiveId)
                .setParameter(3, role.name())
                .executeUpdate();
    }

    public void revoke(long memberId, long collectiveId, CollectiveRole role) {
        entityManager.createNativeQuery(
                        "delete from collective_role where member_id = ? and collective_id = ? and role = ?")
                .setParameter(1, memberId)
                .setParameter(2, collectiveId)
                .setParameter(3, role.name())
                .executeUpdate();
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
