package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.database.Utc;

/** The {@code plugin} and {@code plugin_collective} tables. */
@ApplicationScoped
@Transactional
public class PluginRecords {

    private static final String COLUMNS = "select id, name, version, api_version, per_collective, enabled, error, jar_file,"
            + " jar_sha256, installed_at, updated_at, requires from plugin";

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    public List<PluginRecord> all() {
        return entityManager.createNativeQuery(COLUMNS + " order by name").getResultList().stream()
                .map(row -> record((Object[]) row)).toList();
    }

    public Optional<PluginRecord> find(String id) {
        return entityManager.createNativeQuery(COLUMNS + " where id = ?").setParameter(1, id).getResultList().stream()
                .findFirst().map(row -> record((Object[]) row));
    }

    /** Records a first install, or the new version of an upgrade (enabled, no error). */
    void saveInstalled(PluginDescriptor descriptor, String jarFile, String sha256, Long actorId) {
        int updated = entityManager.createNativeQuery("update plugin set name = ?, version = ?, api_version = ?, per_collective = ?,"
                        + " enabled = true, error = null, jar_file = ?, jar_sha256 = ?, updated_at = ?, requires = ? where id = ?")
                .setParameter(1, descriptor.name()).setParameter(2, descriptor.version().toString())
                .setParameter(3, descriptor.api().toString()).setParameter(4, descriptor.perCollective())
                .setParameter(5, jarFile).setParameter(6, sha256).setParameter(7, Utc.now()).setParameter(8, requires(descriptor))
                .setParameter(9, descriptor.id())
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into plugin (id, name, version, api_version, per_collective, enabled, error,"
                            + " jar_file, jar_sha256, installed_by, installed_at, updated_at, requires)"
                            + " values (?, ?, ?, ?, ?, true, null, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, descriptor.id()).setParameter(2, descriptor.name())
                    .setParameter(3, descriptor.version().toString()).setParameter(4, descriptor.api().toString())
                    .setParameter(5, descriptor.perCollective()).setParameter(6, jarFile).setParameter(7, sha256)
                    .setParameter(8, actorId).setParameter(9, Utc.now()).setParameter(10, Utc.now())
                    .setParameter(11, requires(descriptor)).executeUpdate();
        }
    }

    /** The descriptor's required plugins as the column keeps them: {@code id>=version}, comma-separated. */
    private static String requires(PluginDescriptor descriptor) {
        return descriptor.requires().entrySet().stream().map(required -> required.getKey() + ">=" + required.getValue())
                .collect(java.util.stream.Collectors.joining(","));
    }

    void setEnabled(String id, boolean enabled) {
        entityManager.createNativeQuery("update plugin set enabled = ?, error = null, updated_at = ? where id = ?")
                .setParameter(1, enabled).setParameter(2, Utc.now()).setParameter(3, id).executeUpdate();
    }

    void setError(String id, String error) {
        entityManager.createNativeQuery("update plugin set error = ? where id = ?")
                .setParameter(1, error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .setParameter(2, id).executeUpdate();
    }

    void delete(String id) {
        entityManager.createNativeQuery("delete from plugin where id = ?").setParameter(1, id).executeUpdate();
    }

    /** The collectives a per-collective plugin is turned on for. */
    public Set<Long> collectives(String id) {
        return Set.copyOf(entityManager.createNativeQuery("select collective_id from plugin_collective where plugin_id = ?")
                .setParameter(1, id).getResultList().stream().map(c -> ((Number) c).longValue()).toList());
    }

    void setCollectives(String id, Set<Long> collectiveIds) {
        entityManager.createNativeQuery("delete from plugin_collective where plugin_id = ?").setParameter(1, id).executeUpdate();
        for (Long collective : collectiveIds) {
            entityManager.createNativeQuery("insert into plugin_collective (plugin_id, collective_id)"
                            + " select ?, id from collective where id = ?")
                    .setParameter(1, id).setParameter(2, collective).executeUpdate();
        }
    }

    void setEnabledIn(String id, long collectiveId, boolean on) {
        if (on) {
            entityManager.createNativeQuery("insert ignore into plugin_collective (plugin_id, collective_id)"
                    + " select ?, id from collective where id = ?").setParameter(1, id).setParameter(2, collectiveId).executeUpdate();
        } else {
            entityManager.createNativeQuery("delete from plugin_collective where plugin_id = ? and collective_id = ?")
                    .setParameter(1, id).setParameter(2, collectiveId).executeUpdate();
        }
    }

    private static PluginRecord record(Object[] c) {
        return new PluginRecord(c[0].toString(), c[1].toString(), c[2].toString(), c[3].toString(), truth(c[4]), truth(c[5]),
                c[6] == null ? null : c[6].toString(), c[7].toString(), c[8].toString(), Utc.instant(c[9]), Utc.instant(c[10]),
                c[11] == null ? "" : c[11].toString());
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
