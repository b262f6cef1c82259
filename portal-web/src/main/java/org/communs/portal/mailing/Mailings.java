package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.collective.Collectives;
import org.communs.portal.directory.Profiles;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Mailings of a collective, written and sent by its leads to the subscribers who accept e-mail.
 * Sending only queues: the {@link OutboxSender} does the rest, and each recipient's fate can be read.
 */
@ApplicationScoped
@Transactional
public class Mailings {

    static final int RECIPIENTS_PAGE = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Authorization authorization;

    @Inject
    Collectives collectives;

    @Inject
    MailOutbox outbox;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /** Creates (id null) or changes a draft of the collective's leads. */
    public MailingSummary save(MemberSummary actor, long collectiveId, Long id, MailingDraft draft) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, collectiveId);
        collectives.requireLive(collectiveId);
        MailingDraft checked = draft.checked();
        Mailing mailing;
        if (id == null) {
            mailing = new Mailing(collectiveId, actor.id(), checked);
            entityManager.persist(mailing);
            entityManager.flush();
        } else {
            mailing = draftOf(actor, id);
            if (mailing.getCollectiveId() != collectiveId) {
                throw new PortalException(Reason.NOT_FOUND, "mailing.error.notFound");
            }
            mailing.apply(checked);
        }
        return summary(mailing);
    }

    /** A copy to the lead's own address, marked as a test and without an unsubscribe link. */
    public void sendTest(MemberSummary actor, long id) {
        Mailing mailing = readable(actor, id);
        if (actor.email() == null || actor.email().isBlank()) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.noOwnAddress");
        }
        outbox.queueTest(mailing.getId(), mailing.getCollectiveId(), actor.id(), actor.email());
    }

    /**
     * Queues one e-mail per subscriber who accepts mailings; the mailing can no longer change.
     *
     * @return the number of recipients
     */
    public int send(MemberSummary actor, long id) {
        Mailing mailing = draftOf(actor, id);
        collectives.requireLive(mailing.getCollectiveId());
        // Two clicks (or two leads) at once: only the one that turns the draft into a sent mailing goes on.
        entityManager.lock(mailing, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(mailing);
        if (!mailing.isDraft()) {
            throw new PortalException(Reason.CONFLICT, "mailing.error.alreadySent");
        }
        int recipients = outbox.queueMailing(mailing.getId(), mailing.getCollectiveId());
        mailing.queued(recipients);
        audit.record(requestActor.current(), AuditEvent.on("mailing.sent", "mailing", id,
                Map.of("collective", String.valueOf(mailing.getCollectiveId()), "subject", mailing.getSubject(),
                        "recipients", String.valueOf(recipients))));
        return recipients;
    }

    /** Puts the mailing's failed e-mails back in the queue. @return how many */
    public int retryFailed(MemberSummary actor, long id) {
        Mailing mailing = readable(actor, id);
        if (mailing.isDraft()) {
            return 0;
        }
        return outbox.retryFailed(MailKind.MAILING, id);
    }

    public MailingSummary view(MemberSummary actor, long id) {
        return summary(readable(actor, id));
    }

    /** The collective's mailings, newest first. */
    public List<MailingSummary> ofCollective(MemberSummary actor, long collectiveId) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, collectiveId);
        return entityManager.createQuery("select m from Mailing m where m.collectiveId = :collective"
                        + " order by m.createdAt desc", Mailing.class)
                .setParameter("collective", collectiveId).setMaxResults(100).getResultList()
                .stream().map(this::summary).toList();
    }

    /**
     * One page of the recipients, failures first. An address shows only where its owner lets the
     * lead see their e-mail, as on the subscriber list.
     */
    public List<Recipient> recipients(MemberSummary actor, long id, int page) {
        readable(actor, id);
        List<Recipient> recipients = outbox.recipients(MailKind.MAILING, id, Math.max(0, page) * RECIPIENTS_PAGE, RECIPIENTS_PAGE);
        Set<Long> shown = new HashSet<>();
        profiles.view(actor, recipients.stream().map(Recipient::memberId).toList()).stream()
                .filter(profile -> profile.email() != null).forEach(profile -> shown.add(profile.memberId()));
        return recipients.stream().map(r -> shown.contains(r.memberId()) ? r
                : new Recipient(r.memberId(), r.name(), null, r.status(), r.attempts(), r.lastError(), r.sentAt())).toList();
    }

    private Mailing readable(MemberSummary actor, long id) {
        Mailing mailing = entityManager.find(Mailing.class, id);
        if (mailing == null) {
            throw new PortalException(Reason.NOT_FOUND, "mailing.error.notFound");
        }
        authorization.require(actor, Action.MANAGE_COLLECTIVE, mailing.getCollectiveId());
        return mailing;
    }

    private Mailing draftOf(MemberSummary actor, long id) {
        Mailing mailing = readable(actor, id);
        if (!mailing.isDraft()) {
            throw new PortalException(Reason.CONFLICT, "mailing.error.alreadySent");
        }
        return mailing;
    }

    private MailingSummary summary(Mailing mailing) {
        String name = collectives.names(Set.of(mailing.getCollectiveId())).getOrDefault(mailing.getCollectiveId(), "");
        return new MailingSummary(mailing.getId(), mailing.getCollectiveId(), name, mailing.getSubject(),
                mailing.getBodyHtml(), mailing.isDraft(), mailing.getCreatedAt(), mailing.getQueuedAt(),
                mailing.getRecipients(), mailing.isDraft() ? Map.of() : outbox.counts(MailKind.MAILING, mailing.getId()));
    }
}
