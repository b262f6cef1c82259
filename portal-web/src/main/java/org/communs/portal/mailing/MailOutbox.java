package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.database.SqlLists;
import org.communs.portal.database.Utc;

/**
 * The table every e-mail goes through. Queuing inserts one row per recipient in one statement and
 * is idempotent (a unique key per kind, reference and member); sending claims rows under a lease,
 * so that a crashed sender's rows come back to the queue and two senders never take the same row.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    private static final String INSERT = "insert ignore into mail_outbox (kind, ref_id, member_id, collective_id, address,"
            + " status, attempts, next_attempt_at, created_at) ";

    private static final String REACHABLE = " from subscription s join member m on m.id = s.member_id"
            + " where s.collective_id = ? and s.state = 'ACTIVE' and m.status = 'ACTIVE'"
            + " and m.email is not null and m.email <> ''";

    /** @return how many recipients were queued (those already queued for it are not counted again) */
    int queueMailing(long mailingId, long collectiveId) {
        return entityManager.createNativeQuery(INSERT + "select 'MAILING', ?, m.id, s.collective_id, m.email, 'QUEUED', 0, ?, ?"
                        + REACHABLE + " and s.accepts_mailings = true")
                .setParameter(1, mailingId).setParameter(2, Utc.now()).setParameter(3, Utc.now())
                .setParameter(4, collectiveId).executeUpdate();
    }

    /** One e-mail per subscriber who asked for one per item, even when the item speaks for several of their collectives. */
    public int queueNewsItem(long newsId, List<Long> collectiveIds) {
        int queued = 0;
        for (Long collectiveId : collectiveIds) {
            queued += entityManager.createNativeQuery(INSERT + "select 'NEWS', ?, m.id, s.collective_id, m.email, 'QUEUED', 0, ?, ?"
                            + REACHABLE + " and s.delivery = 'EMAIL'")
                    .setParameter(1, newsId).setParameter(2, Utc.now()).setParameter(3, Utc.now())
                    .setParameter(4, collectiveId).executeUpdate();
        }
        return queued;
    }

    /**
     * The week's digest for every subscriber who chose one and whose collectives published that
     * week, once per member and week.
     *
     * @param week  the ISO week as yyyyww
     * @param start the week's first instant, end the next week's
     */
    int queueDigest(int week, Instant start, Instant end) {
        return entityManager.createNativeQuery(INSERT + "select distinct 'DIGEST', ?, m.id, null, m.email, 'QUEUED', 0, ?, ?"
                        + " from subscription s join member m on m.id = s.member_id"
                        + " where s.state = 'ACTIVE' and s.delivery = 'DIGEST' and m.status = 'ACTIVE'"
                        + " and m.email is not null and m.email <> '' and exists (select 1 from news_target t"
                        + " join news_item n on n.id = t.news_id where t.collective_id = s.collective_id"
                        + " and n.status = 'PUBLISHED' and n.published_at >= ? and n.published_at < ?)")
                .setParameter(1, week).setParameter(2, Utc.now()).setParameter(3, Utc.now())
                .setParameter(4, Utc.at(start)).setParameter(5, Utc.at(end)).executeUpdate();
    }

    /** The SMTP server could not be reached: back to the queue later, without counting an attempt. */
    void postpone(OutgoingMail mail, Duration wait, String reason) {
        entityManager.createNativeQuery("update mail_outbox set status = 'QUEUED', next_attempt_at = ?, lease_until = null,"
                        + " claim_token = null, last_error = ? where id = ? and status = 'SENDING' and claim_token = ?")
                .setParameter(1, Utc.at(Instant.now().plus(wait))).setParameter(2, shortened(reason))
                .setParameter(3, mail.id()).setParameter(4, mail.claimToken()).executeUpdate();
    }

    private static String shortened(String reason) {
        return reason == null ? "?" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** A test copy of a mailing to its author; a new test replaces the previous one once it went. */
    void queueTest(long mailingId, long collectiveId, long memberId, String address) {
        entityManager.createNativeQuery("delete from mail_outbox where kind = 'TEST' and ref_id = ? and member_id = ?"
                        + " and status in ('SENT', 'FAILED')")
                .setParameter(1, mailingId).setParameter(2, memberId).executeUpdate();
        entityManager.createNativeQuery(INSERT + "values ('TEST', ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .setParameter(1, mailingId).setParameter(2, memberId).setParameter(3, collectiveId)
                .setParameter(4, address).setParameter(5, Utc.now()).setParameter(6, Utc.now()).executeUpdate();
    }

    /**
     * Takes up to {@code limit} due e-mails for this sender: they become SENDING until the lease
     * ends. Rows locked by another sender are skipped, not waited for.
     */
    List<OutgoingMail> claim(int limit, Duration lease) {
        List<Long> ids = entityManager.createNativeQuery("select id from mail_outbox where status = 'QUEUED'"
                        + " and next_attempt_at <= ? order by id limit ? for update skip locked")
                .setParameter(1, Utc.now()).setParameter(2, limit).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = SqlLists.placeholders(ids.size());
        String token = java.util.UUID.randomUUID().toString();
        SqlLists.bind(entityManager.createNativeQuery("update mail_outbox set status = 'SENDING', lease_until = ?, claim_token = ?"
                        + " where id in (" + in + ")")
                .setParameter(1, Utc.at(Instant.now().plus(lease))).setParameter(2, token), 3, ids).executeUpdate();
        List<?> rows = SqlLists.bind(entityManager.createNativeQuery("select o.id, o.kind, o.ref_id, o.member_id, o.collective_id, o.address,"
                        + " m.language, m.display_name, o.attempts from mail_outbox o join member m on m.id = o.member_id"
                        + " where o.id in (" + in + ") order by o.id"), 1, ids)
                .getResultList();
        List<OutgoingMail> claimed = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            claimed.add(new OutgoingMail(((Number) c[0]).longValue(), MailKind.valueOf(c[1].toString()),
                    ((Number) c[2]).longValue(), ((Number) c[3]).longValue(),
                    c[4] == null ? null : ((Number) c[4]).longValue(), c[5].toString(), c[6].toString(),
                    c[7].toString(), ((Number) c[8]).intValue(), token));
        }
        return claimed;
    }

    /** The SMTP server took it. Only a row this sender still holds (same claim) is marked. */
    void sent(OutgoingMail mail) {
        entityManager.createNativeQuery("update mail_outbox set status = 'SENT', sent_at = ?, lease_until = null,"
                        + " claim_token = null, attempts = attempts + 1, last_error = null"
                        + " where id = ? and status = 'SENDING' and claim_token = ?")
                .setParameter(1, Utc.now()).setParameter(2, mail.id()).setParameter(3, mail.claimToken()).executeUpdate();
    }

    /**
     * A failed try: back to the queue later (30 s, 1 min, 2 min…) or, when permanent or at the last
     * attempt, FAILED with the reason.
     */
    void failed(OutgoingMail mail, String reason, boolean permanent) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        entityManager.createNativeQuery("update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?,"
                        + " lease_until = null, claim_token = null, last_error = ?"
                        + " where id = ? and status = 'SENDING' and claim_token = ?")
                .setParameter(1, giveUp ? "FAILED" : "QUEUED").setParameter(2, attempts)
                .setParameter(3, Utc.at(Instant.now().plus(wait))).setParameter(4, shortened(reason))
                .setParameter(5, mail.id()).setParameter(6, mail.claimToken()).executeUpdate();
    }

    /** A stopping sender gives back what it had not started to send: due again at once, no attempt counted. */
    void release(OutgoingMail mail) {
        entityManager.createNativeQuery("update mail_outbox set status = 'QUEUED', lease_until = null, claim_token = null"
                        + " where id = ? and status = 'SENDING' and claim_token = ?")
                .setParameter(1, mail.id()).setParameter(2, mail.claimToken()).executeUpdate();
    }

    /**
     * Rows whose sender stopped (crash, restart, a hung connection) before saying what happened go
     * back to the queue; that sender can no longer mark them (its claim is gone).
     * The e-mail being handed over at the very moment of a crash may thus go twice; it carries the
     * same Message-ID both times, which receiving servers use to drop the copy.
     *
     * @return how many rows came back
     */
    int recoverExpiredLeases() {
        return entityManager.createNativeQuery("update mail_outbox set status = 'QUEUED', lease_until = null, claim_token = null"
                        + " where status = 'SENDING' and lease_until < ?")
                .setParameter(1, Utc.now()).executeUpdate();
    }

    /** Failed e-mails of a mailing go back to the queue for a new series of attempts. */
    int retryFailed(MailKind kind, long refId) {
        return entityManager.createNativeQuery("update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?"
                        + " where kind = ? and ref_id = ? and status = 'FAILED'")
                .setParameter(1, Utc.now()).setParameter(2, kind.name()).setParameter(3, refId).executeUpdate();
    }

    Map<DeliveryStatus, Long> counts(MailKind kind, long refId) {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        entityManager.createNativeQuery("select status, count(*) from mail_outbox where kind = ? and ref_id = ? group by status")
                .setParameter(1, kind.name()).setParameter(2, refId).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    counts.put(DeliveryStatus.valueOf(c[0].toString()), ((Number) c[1]).longValue());
                });
        return counts;
    }

    List<Recipient> recipients(MailKind kind, long refId, int first, int size) {
        List<?> rows = entityManager.createNativeQuery("select o.member_id, m.display_name, o.address, o.status, o.attempts,"
                        + " o.last_error, o.sent_at from mail_outbox o join member m on m.id = o.member_id"
                        + " where o.kind = ? and o.ref_id = ? order by field(o.status, 'FAILED', 'SENDING', 'QUEUED', 'SENT'),"
                        + " m.display_name limit ? offset ?")
                .setParameter(1, kind.name()).setParameter(2, refId).setParameter(3, size).setParameter(4, first).getResultList();
        List<Recipient> recipients = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            recipients.add(new Recipient(((Number) c[0]).longValue(), c[1].toString(), c[2].toString(),
                    DeliveryStatus.valueOf(c[3].toString()), ((Number) c[4]).intValue(),
                    c[5] == null ? null : c[5].toString(), Utc.instant(c[6])));
        }
        return recipients;
    }
}
