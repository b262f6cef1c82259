package org.communs.portal.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.communs.portal.database.Utc;

/**
 * Each member's private feed address: a secret token that calendar programs (Thunderbird,
 * Outlook, phones) present instead of a sign-in. Only its SHA-256 is kept, so the address is shown
 * once, when made; making a new one revokes the old.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /** @return a new token for the member; the previous one stops working */
    public String renew(long memberId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entityManager.createNativeQuery("insert into calendar_feed (member_id, token_sha256, created_at, last_read_at)"
                        + " values (?, ?, ?, null) on duplicate key update token_sha256 = values(token_sha256),"
                        + " created_at = values(created_at), last_read_at = null")
                .setParameter(1, memberId).setParameter(2, sha256(token)).setParameter(3, Utc.now()).executeUpdate();
        return token;
    }

    public void revoke(long memberId) {
        entityManager.createNativeQuery("delete from calendar_feed where member_id = ?").setParameter(1, memberId).executeUpdate();
    }

    public boolean exists(long memberId) {
        return !entityManager.createNativeQuery("select 1 from calendar_feed where member_id = ?").setParameter(1, memberId)
                .getResultList().isEmpty();
    }

    /** @return the member whose token it is, noting the read; empty for an unknown or revoked token */
    public Optional<Long> memberOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Optional<Long> member = entityManager.createNativeQuery("select member_id from calendar_feed where token_sha256 = ?")
                .setParameter(1, hash).getResultList().stream().findFirst().map(id -> ((Number) id).longValue());
        member.ifPresent(id -> entityManager.createNativeQuery("update calendar_feed set last_read_at = ? where member_id = ?")
                .setParameter(1, Utc.now()).setParameter(2, id).executeUpdate());
        return member;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
