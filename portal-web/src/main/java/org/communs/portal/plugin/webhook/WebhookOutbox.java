package org.communs.portal.plugin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.communs.portal.api.webhook.Delivery;
import org.communs.portal.api.webhook.DeliveryStatus;
import org.communs.portal.database.Utc;

/**
 * The {@code plugin_webhook} table: queued deliveries, claimed by a sender under a lease so that
 * two servers never send one twice at once, and their outcomes.
 */
@ApplicationScoped
@Transactional
public class WebhookOutbox {

    /** A sender that died mid-attempt loses its claim after this (an attempt takes at most 15 s). */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /** A claimed delivery to attempt. */
    record Claimed(long id, String url, String body, int attempts) {
    }

    long queue(String pluginId, String url, String body) {
        entityManager.createNativeQuery("insert into plugin_webhook (plugin_id, url, body, status, attempts, next_attempt_at,"
                        + " created_at) values (?, ?, ?, 'QUEUED', 0, ?, ?)")
                .setParameter(1, pluginId).setParameter(2, url).setParameter(3, body).setParameter(4, Utc.now())
                .setParameter(5, Utc.now()).executeUpdate();
        return ((Number) entityManager.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /** Takes up to {@code max} due deliveries for this sender. */
    List<Claimed> claim(String owner, int max) {
        LocalDateTime now = Utc.now();
        List<?> ids = entityManager.createNativeQuery("select id from plugin_webhook where status = 'QUEUED'"
                        + " and next_attempt_at <= ? and (lease_until is null or lease_until < ?)"
                        + " order by next_attempt_at limit ? for update skip locked")
                .setParameter(1, now).setParameter(2, now).setParameter(3, max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).map(id -> {
            entityManager.createNativeQuery("update plugin_webhook set lease_owner = ?, lease_until = ? where id = ?")
                    .setParameter(1, owner).setParameter(2, now.plus(LEASE)).setParameter(3, id).executeUpdate();
            Object[] row = (Object[]) entityManager.createNativeQuery("select url, body, attempts from plugin_webhook where id = ?")
                    .setParameter(1, id).getSingleResult();
            return new Claimed(id, row[0].toString(), row[1].toString(), ((Number) row[2]).intValue());
        }).toList();
    }

    /** Records an attempt: delivered, given up, or to try again at {@code retryAt}. */
    void attempted(long id, String owner, DeliveryStatus status, int httpStatus, String error, LocalDateTime retryAt) {
        entityManager.createNativeQuery("update plugin_webhook set status = ?, attempts = attempts + 1, last_status = ?,"
                        + " last_error = ?, next_attempt_at = ?, finished_at = ?, lease_owner = null, lease_until = null"
                        + " where id = ? and lease_owner = ?")
                .setParameter(1, status.name()).setParameter(2, httpStatus)
                .setParameter(3, error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .setParameter(4, status == DeliveryStatus.QUEUED ? retryAt : null)
                .setParameter(5, status == DeliveryStatus.QUEUED ? null : Utc.now())
                .setParameter(6, id).setParameter(7, owner).executeUpdate();
    }

    Optional<Delivery> delivery(String pluginId, long id) {
        return entityManager.createNativeQuery("select status, attempts, last_status, last_error, next_attempt_at"
                        + " from plugin_webhook where id = ? and plugin_id = ?")
                .setParameter(1, id).setParameter(2, pluginId).getResultList().stream().findFirst().map(row -> {
                    Object[] c = (Object[]) row;
                    DeliveryStatus status = DeliveryStatus.valueOf(c[0].toString());
                    return new Delivery(id, status, ((Number) c[1]).intValue(), ((Number) c[2]).intValue(),
                            c[3] == null ? null : c[3].toString(), status == DeliveryStatus.QUEUED && c[4] != null ? Utc.instant(c[4]) : null);
                });
    }

    public void forget(String pluginId) {
        entityManager.createNativeQuery("delete from plugin_webhook where plugin_id = ?").setParameter(1, pluginId).executeUpdate();
    }
}
