package org.communs.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append-only audit log of admin actions and security events.
 *
 * <p>Each entry is written in its own transaction: a refused action rolls its own work back, but
 * the trace of the refusal stays.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, AuditEvent event) {
        entityManager.persist(new AuditEntry(event, actor, json(event.details())));
    }

    @Transactional
    public List<AuditRecord> search(AuditQuery query) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (query.action() != null) {
            jpql.append(" and e.action like :action");
        }
        if (query.actorName() != null) {
            jpql.append(" and lower(e.actorName) like :actor");
        }
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEntry> typed = entityManager.createQuery(jpql.toString(), AuditEntry.class)
                .setMaxResults(query.limit());
        if (query.action() != null) {
            typed.setParameter("action", query.action() + "%");
        }
        if (query.actorName() != null) {
            typed.setParameter("actor", "%" + query.actorName().toLowerCase() + "%");
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        return typed.getResultList().stream().map(AuditEntry::toRecord).toList();
    }

    private static String json(Map<String, String> details) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(details).forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else {
                object.add(key, value);
            }
        });
        return object.build().toString();
    }
}
