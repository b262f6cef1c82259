package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.database.Utc;

/** The {@code plugin_setting} table: the values admins gave plugins' settings. */
@ApplicationScoped
@Transactional
public class PluginSettingsStore {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /** @return the plugin's set values, by setting name */
    Map<String, String> values(String pluginId) {
        Map<String, String> values = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("select name, value from plugin_setting where plugin_id = ?")
                .setParameter(1, pluginId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            values.put(columns[0].toString(), columns[1].toString());
        }
        return values;
    }

    void save(String pluginId, Map<String, String> values, long adminId) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            entityManager.createNativeQuery("insert into plugin_setting (plugin_id, name, value, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?) on duplicate key update value = values(value),"
                            + " updated_by = values(updated_by), updated_at = values(updated_at)")
                    .setParameter(1, pluginId).setParameter(2, value.getKey()).setParameter(3, value.getValue())
                    .setParameter(4, adminId).setParameter(5, Utc.now()).executeUpdate();
        }
    }

    void forget(String pluginId) {
        entityManager.createNativeQuery("delete from plugin_setting where plugin_id = ?").setParameter(1, pluginId).executeUpdate();
    }
}
