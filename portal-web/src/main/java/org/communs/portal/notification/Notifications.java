package org.communs.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communs.portal.database.Utc;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;

/**
 * The bell: notifications written by the collectives' features (new items, join requests and their
 * answers) and read by their recipient only. Writing is idempotent: the same event never gives a
 * member two lines.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    static final int SHOWN = 15;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    CollectiveRoles collectiveRoles;

    /** One notification for the member. */
    public void notify(long memberId, NotificationKind kind, long collectiveId, long refId) {
        // The same event again (asked to join a second time…) is new again, not lost on the old line.
        entityManager.createNativeQuery("insert into notification (member_id, kind, collective_id, ref_id, created_at)"
                        + " values (?, ?, ?, ?, ?) on duplicate key update read_at = null, created_at = values(created_at)")
                .setParameter(1, memberId).setParameter(2, kind.name()).setParameter(3, collectiveId)
                .setParameter(4, refId).setParameter(5, Utc.now()).executeUpdate();
    }

    /** One notification for each lead of the collective. */
    public void notifyLeads(long collectiveId, NotificationKind kind, long refId) {
        for (long lead : collectiveRoles.holders(collectiveId, Set.of(CollectiveRole.LEAD))) {
            notify(lead, kind, collectiveId, refId);
        }
    }

    /**
     * One notification of a new item for each active subscriber of any of its collectives (one per
     * member, under the first collective that reaches them), in one statement: thousands of
     * subscribers cost one round trip.
     */
    public void notifySubscribers(List<Long> collectiveIds, long newsId, long authorId) {
        for (Long collectiveId : collectiveIds) {
            entityManager.createNativeQuery("insert ignore into notification (member_id, kind, collective_id, ref_id, created_at)"
                            + " select s.member_id, 'NEWS', s.collective_id, ?, ? from subscription s"
                            + " where s.collective_id = ? and s.state = 'ACTIVE' and s.member_id <> ?"
                            + " and not exists (select 1 from notification n where n.member_id = s.member_id"
                            + " and n.kind = 'NEWS' and n.ref_id = ?)")
                    .setParameter(1, newsId).setParameter(2, Utc.now()).setParameter(3, collectiveId)
                    .setParameter(4, authorId).setParameter(5, newsId).executeUpdate();
        }
    }

    /** A request was answered, by whichever lead: it no longer waits in the other leads' bells. */
    public void settle(long collectiveId, NotificationKind kind, long refId) {
        entityManager.createNativeQuery("update notification set read_at = ? where collective_id = ? and kind = ?"
                        + " and ref_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, collectiveId)
                .setParameter(3, kind.name()).setParameter(4, refId).executeUpdate();
    }

    public long unreadCount(MemberSummary member) {
        return ((Number) entityManager.createNativeQuery("select count(*) from notification n where n.member_id = ?"
                        + " and n.read_at is null and (n.kind <> 'NEWS' or exists (select 1 from news_item ni"
                        + " where ni.id = n.ref_id and ni.status = 'PUBLISHED'))")
                .setParameter(1, member.id()).getSingleResult()).longValue();
    }

    /** The latest notifications, unread first, with the names a reader needs to understand them. */
    public List<Notification> latest(MemberSummary member) {
        List<?> rows = entityManager.createNativeQuery(
                        "select n.id, n.kind, n.collective_id, c.name, n.ref_id, n.created_at, n.read_at,"
                                + " coalesce(ni.title, m.display_name, '')"
                                + " from notification n join collective c on c.id = n.collective_id"
                                + " left join news_item ni on n.kind = 'NEWS' and ni.id = n.ref_id"
                                + " left join member m on n.kind <> 'NEWS' and m.id = n.ref_id"
                                + " where n.member_id = ?"
                                + " and (n.kind <> 'NEWS' or ni.status = 'PUBLISHED')"
                                + " order by n.read_at is null desc, n.created_at desc, n.id desc limit ?")
                .setParameter(1, member.id()).setParameter(2, SHOWN).getResultList();
        List<Notification> notifications = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            NotificationKind kind = NotificationKind.valueOf(c[1].toString());
            long collectiveId = ((Number) c[2]).longValue();
            long ref = ((Number) c[4]).longValue();
            String link = kind == NotificationKind.NEWS ? "/news/item.xhtml?id=" + ref
                    : kind == NotificationKind.JOIN_REQUEST ? "/collectives/subscribers.xhtml?id=" + collectiveId
                    : "/collectives/space.xhtml?id=" + collectiveId;
            notifications.add(new Notification(((Number) c[0]).longValue(), kind, collectiveId, c[3].toString(),
                    c[7].toString(), link, Utc.instant(c[5]), c[6] != null));
        }
        return notifications;
    }

    /** Marks one of the member's own notifications read (others' ids are ignored). */
    public void markRead(MemberSummary member, long notificationId) {
        entityManager.createNativeQuery("update notification set read_at = ? where id = ? and member_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, notificationId)
                .setParameter(3, member.id()).executeUpdate();
    }

    /** Reading an item clears its notification too. */
    public void markNewsRead(MemberSummary member, long newsId) {
        entityManager.createNativeQuery("update notification set read_at = ? where member_id = ? and kind = 'NEWS'"
                        + " and ref_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, member.id()).setParameter(3, newsId)
                .executeUpdate();
    }

    public void markAllRead(MemberSummary member) {
        entityManager.createNativeQuery("update notification set read_at = ? where member_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, member.id()).executeUpdate();
    }
}
