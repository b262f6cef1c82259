package org.communs.portal.plugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.communs.portal.database.Utc;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * Runs a plugin's migrations with a history of its own ({@code <id>_schema_history}): the scripts
 * not yet applied, in order, each recorded once it has run. A script changed after it ran is
 * refused (its checksum differs), as a later version missing one an older jar applied would be.
 * MariaDB commits each DDL statement on its own: a script failing half-way leaves what it did,
 * and the error names the script so that its author can fix it.
 */
final class PluginMigrations {

    private PluginMigrations() {
    }

    /**
     * @param schemaMayBeAhead true when an installed version restarts after a failed upgrade ran newer migrations
     * @return the highest version applied after the run (0 when the plugin has no migration)
     */
    static int migrate(DataSource dataSource, String pluginId, List<MigrationScript> scripts, boolean schemaMayBeAhead) {
        String history = pluginId + "_schema_history";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement create = connection.createStatement()) {
                create.execute("create table if not exists " + history + " (version int not null primary key,"
                        + " name varchar(80) not null, checksum char(64) not null, installed_at datetime(6) not null)"
                        + " engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci");
            }
            Map<Integer, String> applied = new HashMap<>();
            try (Statement read = connection.createStatement();
                 ResultSet rows = read.executeQuery("select version, checksum from " + history)) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
            int highest = 0;
            for (MigrationScript script : scripts) {
                String done = applied.remove(script.version());
                if (done != null) {
                    if (!done.equals(script.checksum())) {
                        throw new PortalException(Reason.INVALID_INPUT, "plugins.error.migrationChanged", "V" + script.version());
                    }
                } else {
                    run(connection, history, script);
                }
                highest = Math.max(highest, script.version());
            }
            if (!applied.isEmpty() && !schemaMayBeAhead) {
                // The database is ahead of this jar (an older version uploaded after a newer one ran).
                throw new PortalException(Reason.INVALID_INPUT, "plugins.error.migrationMissing",
                        "V" + applied.keySet().stream().sorted().toList().getFirst());
            }
            return highest;
        } catch (SQLException failed) {
            throw new PortalException(Reason.INVALID_INPUT, "plugins.error.migrationFailed", pluginId, failed.getMessage());
        }
    }

    private static void run(Connection connection, String history, MigrationScript script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
        } catch (SQLException failed) {
            throw new PortalException(Reason.INVALID_INPUT, "plugins.error.migrationFailed",
                    "V" + script.version() + "__" + script.name(), failed.getMessage());
        }
        try (PreparedStatement record = connection.prepareStatement("insert into " + history
                + " (version, name, checksum, installed_at) values (?, ?, ?, ?)")) {
            record.setInt(1, script.version());
            record.setString(2, script.name());
            record.setString(3, script.checksum());
            record.setObject(4, Utc.now());
            record.executeUpdate();
        }
    }

    /** Whether the plugin has a migration history (installed now, or uninstalled with its data kept). */
    static boolean hasHistory(DataSource dataSource, String pluginId) {
        return !tablesWithPrefix(dataSource, pluginId + "\\_schema\\_history").isEmpty();
    }

    /**
     * Refuses a new plugin id whose prefix already names tables that are not a plugin's (the
     * portal's {@code doc_…} for a plugin "doc"): its migrations could change them, and a purge
     * would drop them.
     */
    static void requireOwnPrefix(DataSource dataSource, String pluginId) {
        List<String> tables = tablesWithPrefix(dataSource, pluginId + "\\_%");
        if (PluginJar.RESERVED_IDS.contains(pluginId) || (!tables.isEmpty() && !hasHistory(dataSource, pluginId))) {
            throw new PortalException(Reason.INVALID_INPUT, "plugins.error.idTaken", pluginId);
        }
    }

    private static List<String> tablesWithPrefix(DataSource dataSource, String pattern) {
        List<String> tables = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement list = connection.prepareStatement("select table_name from information_schema.tables"
                     + " where table_schema = database() and table_name like ?")) {
            list.setString(1, pattern);
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        } catch (SQLException failed) {
            throw new PortalException(Reason.UNAVAILABLE, "plugins.error.migrationFailed", pluginId(pattern), failed.getMessage());
        }
    }

    private static String pluginId(String pattern) {
        return pattern.replaceAll("[\\\\_%].*", "");
    }

    /** The highest version applied, or 0. */
    static int applied(DataSource dataSource, String pluginId) {
        try (Connection connection = dataSource.getConnection();
             Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select coalesce(max(version), 0) from " + pluginId + "_schema_history")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException none) {
            return 0;
        }
    }

    /** Drops every table of the plugin (its prefix) and its history: "uninstall and purge data". */
    static List<String> purge(DataSource dataSource, String pluginId) {
        List<String> dropped = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            // The id is letters and digits only; "_" must not act as LIKE's one-character wildcard.
            List<String> tables = tablesWithPrefix(dataSource, pluginId + "\\_%");
            try (Statement drop = connection.createStatement()) {
                drop.execute("set foreign_key_checks = 0");
                try {
                    for (String table : tables) {
                        drop.execute("drop table if exists `" + table.replace("`", "") + "`");
                        dropped.add(table);
                    }
                } finally {
                    drop.execute("set foreign_key_checks = 1");
                }
            }
            return dropped;
        } catch (SQLException failed) {
            throw new PortalException(Reason.UNAVAILABLE, "plugins.error.purgeFailed", failed.getMessage());
        }
    }
}
