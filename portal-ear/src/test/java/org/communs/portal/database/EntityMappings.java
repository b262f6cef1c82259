package org.communs.portal.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;

/**
 * Test helper deployed with {@link SchemaMigrationIT}: reads one row of every mapped entity.
 * EclipseLink generates no DDL here, so each read makes MariaDB check every mapped table and
 * column against what the migrations created.
 */
@ApplicationScoped
public class EntityMappings {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /** @return the names of the entities read; throws if a mapping does not match the schema */
    public List<String> readOneOfEach() {
        return entityManager.getMetamodel().getEntities().stream()
                .map(this::readOne)
                .toList();
    }

    private String readOne(EntityType<?> entity) {
        entityManager.createQuery("select e from " + entity.getName() + " e", entity.getJavaType())
                .setMaxResults(1)
                .getResultList();
        return entity.getName();
    }
}
