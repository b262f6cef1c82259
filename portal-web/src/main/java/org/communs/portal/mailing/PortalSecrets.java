package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communs.portal.database.Utc;

/**
 * Keys the portal makes for itself the first time it needs them and keeps in the database, so
 * that every server of one portal shares them and a restart does not invalidate what they signed.
 */
@ApplicationScoped
public class PortalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    /** The secret of that name: 32 random bytes, made once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] get(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // Two servers starting together: the first insert wins and both read the same row back.
        entityManager.createNativeQuery("insert ignore into portal_secret (name, secret, created_at) values (?, ?, ?)")
                .setParameter(1, name).setParameter(2, fresh).setParameter(3, Utc.now()).executeUpdate();
        return (byte[]) entityManager.createNativeQuery("select secret from portal_secret where name = ?")
                .setParameter(1, name).getSingleResult();
    }
}
