package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communs.portal.api.notify.Delivery;
import org.communs.portal.api.notify.Notice;
import org.communs.portal.database.Utc;

/**
 * The tables of plugins' notifications: the lines of the bell ({@code plugin_notification}) and
 * each member's choice of delivery per kind ({@code plugin_notification_choice}).
 */
@ApplicationScoped
@Transactional
public class PluginNoticeStore {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /** A stored line, its text still to be written in the reader's language. */
    record StoredNotice(long id, String pluginId, String kind, String bundle, String textKey, List<String> arguments,
                        String path, int times, Instant createdAt, boolean read, long memberId) {
    }

    /**
     * Adds the notice to the member's bell, or brings its line back to the top (counted) when one
     * of the same kind about the same page is there.
     *
     * @return false when the member is disabled or unknown (nothing stored)
     */
    boolean ring(String pluginId, long memberId, Notice notice) {
        JsonArrayBuilder arguments = Json.createArrayBuilder();
        notice.arguments().forEach(arguments::add);
        return entityManager.createNativeQuery("insert into plugin_notification (member_id, plugin_id, kind, bundle, text_key,"
                        + " arguments, path, times, created_at, read_at) select m.id, ?, ?, ?, ?, ?, ?, 1, ?, null from member m"
                        + " where m.id = ? and m.status = 'ACTIVE'"
                        + " on duplicate key update times = if(read_at is null, times + 1, 1), read_at = null,"
                        + " bundle = values(bundle), text_key = values(text_key), arguments = values(arguments),"
                        + " created_at = values(created_at)")
                .setParameter(1, pluginId).setParameter(2, notice.kind()).setParameter(3, notice.bundle())
                .setParameter(4, notice.textKey()).setParameter(5, arguments.build().toString()).setParameter(6, notice.path())
                .setParameter(7, Utc.now()).setParameter(8, memberId).executeUpdate() > 0;
    }

    /** Marks the member's line of that notice as waiting for the daily summary. */
    void awaitSummary(String pluginId, long memberId, Notice notice) {
        entityManager.createNativeQuery("update plugin_notification set in_summary = true where member_id = ? and plugin_id = ?"
                        + " and kind = ? and path = ?")
                .setParameter(1, memberId).setParameter(2, pluginId).setParameter(3, notice.kind())
                .setParameter(4, notice.path()).executeUpdate();
    }

    /** The lines waiting for a summary and still unread, every member's, oldest first. */
    List<StoredNotice> awaitingSummary(Set<String> pluginIds) {
        if (pluginIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = withValues(entityManager.createNativeQuery("select id, plugin_id, kind, bundle, text_key, arguments, path,"
                        + " times, created_at, read_at, member_id from plugin_notification where in_summary and read_at is null"
                        + " and plugin_id in (" + pluginIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")"
                        + " order by member_id, created_at"), 1, pluginIds).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new StoredNotice(((Number) c[0]).longValue(), c[1].toString(),
                c[2].toString(), c[3].toString(), c[4].toString(), strings(c[5].toString()), c[6].toString(),
                ((Number) c[7]).intValue(), Utc.instant(c[8]), false, ((Number) c[10]).longValue())).toList();
    }

    /** These lines were summarised (or read): the next summary leaves them out. */
    void summarised(List<Long> ids) {
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("update plugin_notification set in_summary = false where id in ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").executeUpdate();
        }
    }

    /** The member's latest lines of these plugins, unread first. */
    List<StoredNotice> latest(long memberId, Set<String> pluginIds, int max) {
        if (pluginIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = withValues(entityManager.createNativeQuery("select id, plugin_id, kind, bundle, text_key, arguments, path, times,"
                        + " created_at, read_at from plugin_notification where member_id = ? and plugin_id in ("
                        + pluginIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")"
                        + " order by read_at is null desc, created_at desc, id desc limit ?")
                .setParameter(1, memberId), 2, pluginIds).setParameter(2 + pluginIds.size(), max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new StoredNotice(((Number) c[0]).longValue(), c[1].toString(),
                c[2].toString(), c[3].toString(), c[4].toString(), strings(c[5].toString()), c[6].toString(),
                ((Number) c[7]).intValue(), Utc.instant(c[8]), c[9] != null, memberId)).toList();
    }

    long unreadCount(long memberId, Set<String> pluginIds) {
        if (pluginIds.isEmpty()) {
            return 0;
        }
        return ((Number) withValues(entityManager.createNativeQuery("select count(*) from plugin_notification where member_id = ?"
                        + " and read_at is null and plugin_id in (" + pluginIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")")
                .setParameter(1, memberId), 2, pluginIds).getSingleResult()).longValue();
    }

    void markRead(long memberId, long id) {
        entityManager.createNativeQuery("update plugin_notification set read_at = ? where id = ? and member_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, id).setParameter(3, memberId).executeUpdate();
    }

    void markAllRead(long memberId) {
        entityManager.createNativeQuery("update plugin_notification set read_at = ? where member_id = ? and read_at is null")
                .setParameter(1, Utc.now()).setParameter(2, memberId).executeUpdate();
    }

    /** @return the member's choice for a kind, if they made one */
    Optional<Delivery> choice(long memberId, String pluginId, String kind) {
        return entityManager.createNativeQuery("select delivery from plugin_notification_choice where member_id = ?"
                        + " and plugin_id = ? and kind = ?")
                .setParameter(1, memberId).setParameter(2, pluginId).setParameter(3, kind).getResultList().stream()
                .findFirst().map(value -> Delivery.valueOf(value.toString()));
    }

    /** @return the member's choices, by plugin id and kind ({@code links/new-link}) */
    Map<String, Delivery> choices(long memberId) {
        List<?> rows = entityManager.createNativeQuery("select plugin_id, kind, delivery from plugin_notification_choice"
                + " where member_id = ?").setParameter(1, memberId).getResultList();
        return rows.stream().map(row -> (Object[]) row).collect(Collectors.toMap(c -> c[0] + "/" + c[1],
                c -> Delivery.valueOf(c[2].toString())));
    }

    void choose(long memberId, String pluginId, String kind, Delivery delivery) {
        entityManager.createNativeQuery("insert into plugin_notification_choice (member_id, plugin_id, kind, delivery)"
                        + " values (?, ?, ?, ?) on duplicate key update delivery = values(delivery)")
                .setParameter(1, memberId).setParameter(2, pluginId).setParameter(3, kind).setParameter(4, delivery.name())
                .executeUpdate();
    }

    /** Forgets a purged plugin's notifications and choices. */
    void forget(String pluginId) {
        entityManager.createNativeQuery("delete from plugin_notification where plugin_id = ?").setParameter(1, pluginId).executeUpdate();
        entityManager.createNativeQuery("delete from plugin_notification_choice where plugin_id = ?").setParameter(1, pluginId)
                .executeUpdate();
    }

    private static Query withValues(Query query, int firstPosition, Set<String> values) {
        int position = firstPosition;
        for (String value : values) {
            query.setParameter(position++, value);
        }
        return query;
    }

    private static List<String> strings(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
