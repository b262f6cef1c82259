package org.communs.portal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class MemberRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    Optional<Member> bySubject(String subject) {
        return entityManager.createQuery("select m from Member m where m.subject = :subject", Member.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** The member with that e-mail address, whatever its case; the first one if several share it. */
    Optional<Member> byEmail(String email) {
        return entityManager.createQuery("select m from Member m where lower(m.email) = :email order by m.id", Member.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    Optional<Member> byId(long id) {
        return Optional.ofNullable(entityManager.find(Member.class, id));
    }

    List<Member> byIds(java.util.Collection<Long> ids) {
        return entityManager.createQuery("select m from Member m where m.id in :ids", Member.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    List<Member> activeAfter(long afterId, int limit) {
        return entityManager.createQuery("select m from Member m where m.id > :after and m.status = :active order by m.id",
                        Member.class)
                .setParameter("after", afterId)
                .setParameter("active", MemberStatus.ACTIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    long countActive() {
        return entityManager.createQuery("select count(m) from Member m where m.status = :active", Long.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .getSingleResult();
    }

    Member add(Member member) {
        entityManager.persist(member);
        entityManager.flush();
        return member;
    }

    /** Members whose name, login or e-mail contains the text, optionally with a role and status. */
    List<Member> search(MemberQuery query) {
        StringBuilder jpql = new StringBuilder("select distinct m from Member m");
        if (query.role() != null) {
            jpql.append(" join m.roles r");
        }
        jpql.append(" where (lower(m.displayName) like :text or lower(m.username) like :text"
                + " or lower(m.email) like :text)");
        if (query.role() != null) {
            jpql.append(" and r = :role");
        }
        if (query.status() != null) {
            jpql.append(" and m.status = :status");
        }
        jpql.append(" order by m.displayName, m.id");
        TypedQuery<Member> typed = entityManager.createQuery(jpql.toString(), Member.class)
                .setParameter("text", "%" + escapeLike(query.text().toLowerCase()) + "%")
                .setFirstResult(query.offset())
                .setMaxResults(query.limit());
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        return typed.getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
