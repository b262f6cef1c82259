package org.communs.portal.launcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class LauncherTileRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    List<LauncherTile> allInDisplayOrder() {
        return entityManager.createQuery(
                        "select t from LauncherTile t order by t.position, t.label", LauncherTile.class)
                .getResultList();
    }

    LauncherTile add(LauncherTile tile) {
        entityManager.persist(tile);
        entityManager.flush(); // the identity column gives the id only once the row is inserted
        return tile;
    }
}
