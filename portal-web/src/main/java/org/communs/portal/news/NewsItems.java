package org.communs.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.collective.Collectives;
import org.communs.portal.database.SqlLists;
import org.communs.portal.database.Utc;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.image.UploadedImage;
import org.communs.portal.mailing.MailOutbox;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.notification.Notifications;
import org.communs.portal.richtext.RichText;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;

/**
 * News items: written, scheduled, published, unpublished and pinned by the leads of every
 * collective they speak for; read by those who may read one of those collectives (and, for public
 * items, by anyone). Publishing tells the subscribers once: bell, and e-mail for those who asked.
 */
@ApplicationScoped
@Transactional
public class NewsItems {

    static final int IMAGE_SIDE = 1200;
    static final Duration MAX_SCHEDULE = Duration.ofDays(366);
    static final int EXCERPT = 280;

    /**
     * The collectives whose items make a member's feed: those they subscribe to and those they lead
     * (parameter ?1). Joined into the feed's query on purpose, so that it pages in SQL; the roles'
     * part is described by their owner.
     */
    private static final String MY_COLLECTIVES = "select collective_id from subscription where member_id = ?1 and state = 'ACTIVE'"
            + " union " + CollectiveRoles.collectivesLedBy("?1");

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Authorization authorization;

    @Inject
    Collectives collectives;

    @Inject
    Members members;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox outbox;

    @Inject
    Event<NewsChanged> changes;

    /** Creates (id null) or changes an item; the author must lead every collective it speaks for, before and after. */
    public NewsCard save(MemberSummary actor, Long id, NewsDraft draft) {
        NewsDraft checked = draft.checked();
        requireLeadOfAll(actor, checked.collectiveIds());
        checked.collectiveIds().forEach(collectives::requireLive);
        NewsItem item;
        if (id == null) {
            item = new NewsItem(actor.id(), checked);
            entityManager.persist(item);
            entityManager.flush();
        } else {
            item = editable(actor, id);
            item.apply(checked);
            changes.fire(new NewsChanged(id));
        }
        return card(actor, item, false);
    }

    public NewsCard publish(MemberSummary actor, long id) {
        NewsItem item = editable(actor, id);
        item.getCollectiveIds().forEach(collectives::requireLive);
        goOut(item);
        return card(actor, item, false);
    }

    /** @param when a future time, within a year */
    public NewsCard schedule(MemberSummary actor, long id, Instant when) {
        NewsItem item = editable(actor, id);
        Instant now = Instant.now();
        if (when == null || !when.isAfter(now) || when.isAfter(now.plus(MAX_SCHEDULE))) {
            throw new PortalException(Reason.INVALID_INPUT, "news.error.scheduleTime");
        }
        if (item.isPublished()) {
            throw new PortalException(Reason.CONFLICT, "news.error.alreadyPublished");
        }
        item.getCollectiveIds().forEach(collectives::requireLive);
        item.schedule(when);
        return card(actor, item, false);
    }

    public NewsCard unpublish(MemberSummary actor, long id) {
        NewsItem item = editable(actor, id);
        item.unpublish();
        changes.fire(new NewsChanged(id));
        return card(actor, item, false);
    }

    public NewsCard pin(MemberSummary actor, long id, boolean pinned) {
        NewsItem item = editable(actor, id);
        item.pin(pinned);
        return card(actor, item, false);
    }

    /**
     * Publishes the scheduled items whose time has come; run by {@link ScheduledPublisher}. Each
     * item is taken under a row lock, so that two servers (or two applications) never publish one twice.
     *
     * @return how many went out
     */
    public int publishDue() {
        // An item of a collective archived since it was scheduled stays unpublished.
        List<?> due = entityManager.createNativeQuery("select n.id from news_item n where n.status = 'SCHEDULED'"
                        + " and n.publish_at <= ? and not exists (select 1 from news_target t join collective c"
                        + " on c.id = t.collective_id where t.news_id = n.id and c.archived_at is not null)"
                        + " order by n.publish_at limit 100 for update skip locked")
                .setParameter(1, Utc.now()).getResultList();
        for (Object id : due) {
            goOut(entityManager.find(NewsItem.class, ((Number) id).longValue()));
        }
        return due.size();
    }

    /** An item as the reader may see it; opening a published item marks it read for them. */
    public NewsCard read(MemberSummary reader, long id) {
        NewsItem item = entityManager.find(NewsItem.class, id);
        if (item == null || !mayRead(reader, item)) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        if (reader != null && item.isPublished()) {
            entityManager.createNativeQuery("insert ignore into news_read (member_id, news_id, read_at) values (?, ?, ?)")
                    .setParameter(1, reader.id()).setParameter(2, id).setParameter(3, Utc.now()).executeUpdate();
            notifications.markNewsRead(reader, id);
        }
        return card(reader, item, false);
    }

    /** A public, published item of a live collective, for readers who are not signed in (the Atom feed's links). */
    public NewsCard readPublic(long id) {
        NewsCard item = read(null, id);
        if (item.collectives().keySet().stream().noneMatch(collectives::isLive)) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        return item;
    }

    /** The collective's items, pinned first then newest: published ones, and drafts for its leads. */
    public List<NewsCard> ofCollective(MemberSummary reader, long collectiveId) {
        authorization.require(reader, Action.READ_COLLECTIVE, collectiveId);
        boolean lead = authorization.may(reader, Action.MANAGE_COLLECTIVE, collectiveId);
        List<NewsItem> items = entityManager.createQuery("select n from NewsItem n join n.collectiveIds c"
                        + " where c = :collective and (n.status = :published or :lead = true)"
                        + " order by n.pinned desc, n.publishedAt desc, n.updatedAt desc", NewsItem.class)
                .setParameter("collective", collectiveId).setParameter("published", NewsStatus.PUBLISHED)
                .setParameter("lead", lead).setMaxResults(100).getResultList();
        return cards(reader, items, Set.of());
    }

    /** The public items of a collective, newest first, for its Atom feed. */
    public List<NewsCard> publicOf(long collectiveId, int limit) {
        collectives.requireVisible(collectiveId);
        List<NewsItem> items = entityManager.createQuery("select n from NewsItem n join n.collectiveIds c"
                        + " where c = :collective and n.status = :published and n.publicItem = true"
                        + " order by n.publishedAt desc", NewsItem.class)
                .setParameter("collective", collectiveId).setParameter("published", NewsStatus.PUBLISHED)
                .setMaxResults(limit).getResultList();
        return cards(null, items, Set.of());
    }

    /**
     * The reader's home feed: published items of the collectives they subscribe to (or lead),
     * newest first, with unread markers.
     */
    public FeedPage feed(MemberSummary reader, int page, int size) {
        authorization.require(reader, Action.USE_PORTAL, null);
        int first = Math.max(0, page) * size;
        String mine = " from news_item n where n.status = 'PUBLISHED' and exists (select 1 from news_target t"
                + " where t.news_id = n.id and t.collective_id in (" + MY_COLLECTIVES + "))";
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + mine)
                .setParameter(1, reader.id()).getSingleResult()).longValue();
        List<Long> ids = entityManager.createNativeQuery("select n.id" + mine + " order by n.published_at desc, n.id desc")
                .setParameter(1, reader.id()).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return new FeedPage(List.of(), total, page, size, 0);
        }
        Map<Long, NewsItem> byId = new HashMap<>();
        entityManager.createQuery("select n from NewsItem n where n.id in :ids", NewsItem.class)
                .setParameter("ids", ids).getResultList().forEach(item -> byId.put(item.getId(), item));
        Set<Long> read = new HashSet<>(SqlLists.bind(entityManager.createNativeQuery(
                        "select news_id from news_read where member_id = ? and news_id in (" + SqlLists.placeholders(ids.size()) + ")")
                .setParameter(1, reader.id()), 2, ids).getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        Set<Long> unread = new HashSet<>(ids);
        unread.removeAll(read);
        long unreadTotal = ((Number) entityManager.createNativeQuery("select count(*)" + mine
                        + " and not exists (select 1 from news_read r where r.member_id = ?1 and r.news_id = n.id)")
                .setParameter(1, reader.id()).getSingleResult()).longValue();
        return new FeedPage(cards(reader, ids.stream().map(byId::get).toList(), unread), total, page, size, unreadTotal);
    }

    /** Marks every item of the reader's feed read. */
    public void markAllRead(MemberSummary reader) {
        authorization.require(reader, Action.USE_PORTAL, null);
        entityManager.createNativeQuery("insert ignore into news_read (member_id, news_id, read_at)"
                        + " select distinct ?1, n.id, ?2 from news_item n join news_target t on t.news_id = n.id"
                        + " where n.status = 'PUBLISHED' and t.collective_id in (" + MY_COLLECTIVES + ")")
                .setParameter(1, reader.id()).setParameter(2, Utc.now()).executeUpdate();
    }

    public void saveImage(MemberSummary actor, long id, byte[] upload) {
        editable(actor, id);
        byte[] jpeg = UploadedImage.bounded(upload, IMAGE_SIDE);
        entityManager.createNativeQuery("update news_item set image = ? where id = ?")
                .setParameter(1, jpeg).setParameter(2, id).executeUpdate();
    }

    public void removeImage(MemberSummary actor, long id) {
        editable(actor, id);
        entityManager.createNativeQuery("update news_item set image = null where id = ?").setParameter(1, id).executeUpdate();
    }

    /** The item's image, if the reader may read the item. */
    public byte[] image(MemberSummary reader, long id) {
        NewsItem item = entityManager.find(NewsItem.class, id);
        if (item == null || !mayRead(reader, item)) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        List<?> rows = entityManager.createNativeQuery("select image from news_item where id = ? and image is not null")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        return (byte[]) rows.getFirst();
    }

    /** Attaches a file to the item (its leads only): judged by {@link AttachmentFile}. */
    public Attachment attach(MemberSummary actor, long newsId, String submittedName, byte[] content) {
        editable(actor, newsId);
        String name = AttachmentFile.cleanName(submittedName);
        String type = AttachmentFile.contentType(name, content);
        long count = ((Number) entityManager.createNativeQuery("select count(*) from news_attachment where news_id = ?")
                .setParameter(1, newsId).getSingleResult()).longValue();
        if (count >= AttachmentFile.MAX_PER_ITEM) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.tooMany", AttachmentFile.MAX_PER_ITEM);
        }
        entityManager.createNativeQuery("insert into news_attachment (news_id, file_name, content_type, size_bytes, content)"
                        + " values (?, ?, ?, ?, ?)")
                .setParameter(1, newsId).setParameter(2, name).setParameter(3, type).setParameter(4, content.length)
                .setParameter(5, content).executeUpdate();
        return attachments(actor, newsId).getLast();
    }

    public void detach(MemberSummary actor, long attachmentId) {
        Attachment attachment = attachmentRow(attachmentId);
        editable(actor, attachment.newsId());
        entityManager.createNativeQuery("delete from news_attachment where id = ?").setParameter(1, attachmentId).executeUpdate();
    }

    /** The item's attachments, for those who may read the item. */
    public List<Attachment> attachments(MemberSummary reader, long newsId) {
        NewsItem item = entityManager.find(NewsItem.class, newsId);
        if (item == null || !mayRead(reader, item)) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        List<?> rows = entityManager.createNativeQuery("select id, news_id, file_name, content_type, size_bytes"
                        + " from news_attachment where news_id = ? order by id")
                .setParameter(1, newsId).getResultList();
        return rows.stream().map(row -> attachmentOf((Object[]) row)).toList();
    }

    /** One attachment and its bytes, for those who may read its item; otherwise not found. */
    public java.util.Map.Entry<Attachment, byte[]> download(MemberSummary reader, long attachmentId) {
        Attachment attachment = attachmentRow(attachmentId);
        attachments(reader, attachment.newsId());
        byte[] content = (byte[]) entityManager.createNativeQuery("select content from news_attachment where id = ?")
                .setParameter(1, attachmentId).getSingleResult();
        return java.util.Map.entry(attachment, content);
    }

    private Attachment attachmentRow(long attachmentId) {
        List<?> rows = entityManager.createNativeQuery("select id, news_id, file_name, content_type, size_bytes"
                        + " from news_attachment where id = ?")
                .setParameter(1, attachmentId).getResultList();
        if (rows.isEmpty()) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        return attachmentOf((Object[]) rows.getFirst());
    }

    private static Attachment attachmentOf(Object[] c) {
        return new Attachment(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), c[2].toString(), c[3].toString(),
                ((Number) c[4]).longValue());
    }

    private void goOut(NewsItem item) {
        boolean first = item.publish();
        if (first) {
            List<Long> targets = List.copyOf(item.getCollectiveIds());
            notifications.notifySubscribers(targets, item.getId(), item.getAuthorId());
            outbox.queueNewsItem(item.getId(), targets);
        }
        changes.fire(new NewsChanged(item.getId()));
    }

    private boolean mayRead(MemberSummary reader, NewsItem item) {
        if (item.isPublished() && item.isPublicItem()) {
            return true;
        }
        if (reader == null) {
            return false;
        }
        if (item.isPublished()) {
            return item.getCollectiveIds().stream().anyMatch(c -> authorization.may(reader, Action.READ_COLLECTIVE, c));
        }
        return leadsAll(reader, item.getCollectiveIds());
    }

    private NewsItem editable(MemberSummary actor, long id) {
        // Locked: a lead's click and the scheduled publisher never change one item at the same time.
        NewsItem item = entityManager.find(NewsItem.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new PortalException(Reason.NOT_FOUND, "news.error.notFound");
        }
        requireLeadOfAll(actor, item.getCollectiveIds());
        return item;
    }

    private void requireLeadOfAll(MemberSummary actor, Set<Long> collectiveIds) {
        for (Long collectiveId : collectiveIds) {
            authorization.require(actor, Action.MANAGE_COLLECTIVE, collectiveId);
        }
    }

    private boolean leadsAll(MemberSummary reader, Set<Long> collectiveIds) {
        return collectiveIds.stream().allMatch(c -> authorization.may(reader, Action.MANAGE_COLLECTIVE, c));
    }

    private NewsCard card(MemberSummary reader, NewsItem item, boolean unread) {
        return cards(reader, List.of(item), unread ? Set.of(item.getId()) : Set.of()).getFirst();
    }

    private List<NewsCard> cards(MemberSummary reader, List<NewsItem> items, Set<Long> unread) {
        Set<Long> collectiveIds = new HashSet<>();
        Set<Long> authorIds = new HashSet<>();
        items.forEach(item -> {
            collectiveIds.addAll(item.getCollectiveIds());
            authorIds.add(item.getAuthorId());
        });
        Map<Long, String> names = collectives.names(collectiveIds);
        Map<Long, String> authors = new HashMap<>();
        members.find(List.copyOf(authorIds)).forEach(author -> authors.put(author.id(), author.displayName()));
        Set<Long> withImage = new HashSet<>();
        if (!items.isEmpty()) {
            entityManager.createNativeQuery("select id from news_item where image is not null and id in ("
                            + joined(items.stream().map(NewsItem::getId).toList()) + ")")
                    .getResultList().forEach(id -> withImage.add(((Number) id).longValue()));
        }
        List<NewsCard> cards = new ArrayList<>();
        for (NewsItem item : items) {
            Map<Long, String> targets = new LinkedHashMap<>();
            item.getCollectiveIds().stream().sorted().forEach(c -> targets.put(c, names.getOrDefault(c, "")));
            cards.add(new NewsCard(item.getId(), item.getTitle(), item.getBodyHtml(),
                    RichText.excerpt(item.getBodyHtml(), EXCERPT), item.getStatus(), item.getPublishedAt(),
                    item.getPublishAt(), item.isPinned(), item.isPublicItem(), targets,
                    authors.getOrDefault(item.getAuthorId(), ""), withImage.contains(item.getId()),
                    unread.contains(item.getId()), reader != null && leadsAll(reader, item.getCollectiveIds())));
        }
        return cards;
    }

    /** Ids are numbers from the database, so joining them into the statement is safe. */
    private static String joined(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
