package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.Utc;
import org.communs.portal.directory.Profiles;
import org.communs.portal.directory.VisibleProfile;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.notification.NotificationKind;
import org.communs.portal.notification.Notifications;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Who follows which collective. An active subscription also makes the member a MEMBER of the
 * collective in {@link CollectiveRoles}, which is what the directory, the search index and
 * documents ask; a pending one (a collective that needs approval) shares nothing yet.
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Collectives collectives;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    Authorization authorization;

    @Inject
    Notifications notifications;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /**
     * Subscribes the member, or records their request to join a collective that needs approval (its
     * leads are told in their bell). Subscribing twice changes nothing.
     *
     * @return the member's state after the call
     */
    public SubscriptionState subscribe(MemberSummary member, long collectiveId) {
        authorization.require(member, Action.SUBSCRIBE, collectiveId);
        Collective collective = collectives.live(collectiveId);
        Optional<SubscriptionState> current = state(member.id(), collectiveId);
        if (current.isPresent()) {
            return current.get();
        }
        SubscriptionState state = collective.getJoinPolicy() == JoinPolicy.OPEN
                || authorization.may(member, Action.MANAGE_COLLECTIVE, collectiveId)
                ? SubscriptionState.ACTIVE : SubscriptionState.PENDING;
        entityManager.createNativeQuery("insert ignore into subscription (member_id, collective_id, state, delivery,"
                        + " accepts_mailings, created_at) values (?, ?, ?, 'PORTAL', true, ?)")
                .setParameter(1, member.id()).setParameter(2, collectiveId).setParameter(3, state.name())
                .setParameter(4, Utc.now()).executeUpdate();
        if (state == SubscriptionState.ACTIVE) {
            collectiveRoles.grant(member.id(), collectiveId, CollectiveRole.MEMBER);
        } else {
            notifications.notifyLeads(collectiveId, NotificationKind.JOIN_REQUEST, member.id());
        }
        return state;
    }

    /** Leaves the collective (or withdraws a request); leaving twice changes nothing. */
    public void unsubscribe(MemberSummary member, long collectiveId) {
        authorization.require(member, Action.USE_PORTAL, null);
        int removed = entityManager.createNativeQuery("delete from subscription where member_id = ? and collective_id = ?")
                .setParameter(1, member.id()).setParameter(2, collectiveId).executeUpdate();
        if (removed > 0) {
            collectiveRoles.revoke(member.id(), collectiveId, CollectiveRole.MEMBER);
            notifications.settle(collectiveId, NotificationKind.JOIN_REQUEST, member.id());
        }
    }

    /** A lead accepts or declines a request to join; the member is told in their bell. */
    public void decide(MemberSummary lead, long collectiveId, long memberId, boolean accept) {
        authorization.require(lead, Action.MANAGE_COLLECTIVE, collectiveId);
        Collective collective = collectives.live(collectiveId);
        if (state(memberId, collectiveId).orElse(null) != SubscriptionState.PENDING) {
            throw new PortalException(Reason.CONFLICT, "subscription.error.noRequest");
        }
        if (accept) {
            entityManager.createNativeQuery("update subscription set state = 'ACTIVE' where member_id = ? and collective_id = ?")
                    .setParameter(1, memberId).setParameter(2, collectiveId).executeUpdate();
            collectiveRoles.grant(memberId, collectiveId, CollectiveRole.MEMBER);
        } else {
            entityManager.createNativeQuery("delete from subscription where member_id = ? and collective_id = ?")
                    .setParameter(1, memberId).setParameter(2, collectiveId).executeUpdate();
        }
        notifications.settle(collectiveId, NotificationKind.JOIN_REQUEST, memberId);
        notifications.notify(memberId, accept ? NotificationKind.JOIN_ACCEPTED : NotificationKind.JOIN_DECLINED,
                collectiveId, memberId);
        audit.record(requestActor.current(), AuditEvent.on(accept ? "subscription.accepted" : "subscription.declined",
                "collective", collectiveId, Map.of("name", collective.getName(), "memberId", String.valueOf(memberId))));
    }

    /** The subscriber's own choices: how they hear about items, and whether mailings reach them. */
    public void choose(MemberSummary member, long collectiveId, Delivery delivery, boolean acceptsMailings) {
        authorization.require(member, Action.USE_PORTAL, null);
        if (state(member.id(), collectiveId).orElse(null) != SubscriptionState.ACTIVE) {
            throw new PortalException(Reason.CONFLICT, "subscription.error.notSubscribed");
        }
        entityManager.createNativeQuery("update subscription set delivery = ?, accepts_mailings = ?"
                        + " where member_id = ? and collective_id = ?")
                .setParameter(1, delivery.name()).setParameter(2, acceptsMailings).setParameter(3, member.id())
                .setParameter(4, collectiveId).executeUpdate();
    }

    /**
     * The one-click unsubscribe of a mail: no more e-mail from this collective (mailings, items,
     * digests); the member stays a subscriber in the portal. Idempotent.
     *
     * @return whether the member was subscribed
     */
    public boolean stopEmails(long memberId, long collectiveId) {
        return entityManager.createNativeQuery("update subscription set delivery = 'PORTAL', accepts_mailings = false"
                        + " where member_id = ? and collective_id = ?")
                .setParameter(1, memberId).setParameter(2, collectiveId).executeUpdate() > 0;
    }

    public Optional<SubscriptionState> state(long memberId, long collectiveId) {
        List<?> rows = entityManager.createNativeQuery("select state from subscription where member_id = ? and collective_id = ?")
                .setParameter(1, memberId).setParameter(2, collectiveId).getResultList();
        return rows.stream().findFirst().map(state -> SubscriptionState.valueOf(state.toString()));
    }

    public List<MySubscription> mine(MemberSummary member) {
        List<?> rows = entityManager.createNativeQuery("select s.collective_id, c.name, s.state, s.delivery, s.accepts_mailings"
                        + " from subscription s join collective c on c.id = s.collective_id"
                        + " where s.member_id = ? and c.archived_at is null order by c.name")
                .setParameter(1, member.id()).getResultList();
        List<MySubscription> mine = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            mine.add(new MySubscription(((Number) c[0]).longValue(), c[1].toString(),
                    SubscriptionState.valueOf(c[2].toString()), Delivery.valueOf(c[3].toString()), truth(c[4])));
        }
        return mine;
    }

    /**
     * The collective's subscribers and requests, for its leads: names, and e-mail and town only
     * where each member shows them to this lead.
     */
    public List<Subscriber> subscribers(MemberSummary lead, long collectiveId) {
        authorization.require(lead, Action.MANAGE_COLLECTIVE, collectiveId);
        collectives.existing(collectiveId);
        List<?> rows = entityManager.createNativeQuery("select s.member_id, s.created_at, s.state, s.delivery, s.accepts_mailings"
                        + " from subscription s join member m on m.id = s.member_id"
                        + " where s.collective_id = ? and m.status = 'ACTIVE' order by m.display_name")
                .setParameter(1, collectiveId).getResultList();
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, VisibleProfile> visible = new HashMap<>();
        profiles.view(lead, ids).forEach(profile -> visible.put(profile.memberId(), profile));
        List<Subscriber> subscribers = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            VisibleProfile profile = visible.get(((Number) c[0]).longValue());
            if (profile == null) {
                continue;
            }
            subscribers.add(new Subscriber(profile.memberId(), profile.name(), profile.email(), profile.town(),
                    Utc.instant(c[1]), SubscriptionState.valueOf(c[2].toString()), Delivery.valueOf(c[3].toString()),
                    truth(c[4])));
        }
        return subscribers;
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }
}
