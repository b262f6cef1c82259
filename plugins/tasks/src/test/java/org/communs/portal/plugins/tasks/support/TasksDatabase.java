package org.communs.portal.plugins.tasks.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.communs.portal.testkit.PluginSchema;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * A real MariaDB for the plugin's integration tests: the server the build starts for them (named
 * by {@code -Dtasks.it.jdbc}, see this module's pom), a new database per test class with the
 * plugin's migrations applied, as the portal applies them at install.
 */
public final class TasksDatabase {

    private static final String SERVER = "tasks.it.jdbc";
    /** The plugin's migrations, in order. */
    public static final String[] MIGRATIONS = {"V1__tasks.sql", "V2__mentions_checklists_attachments.sql", "V3__rich_descriptions.sql"};

    private TasksDatabase() {
    }

    /**
     * Creates (or empties) a database and migrates it.
     *
     * @param name the database's name, one per test class
     * @return a pooled data source on it, to close after the tests
     */
    public static MariaDbPoolDataSource fresh(String name) throws SQLException {
        return freshUpTo(name, MIGRATIONS.length);
    }

    /**
     * Creates (or empties) a database and applies the first migrations only (to test the next one
     * on data written before it).
     *
     * @param migrations how many of {@link #MIGRATIONS}
     */
    public static MariaDbPoolDataSource freshUpTo(String name, int migrations) throws SQLException {
        String server = System.getProperty(SERVER);
        if (server == null) {
            throw new IllegalStateException("-D" + SERVER + " names the test MariaDB; run the tests with Maven (mvn verify)");
        }
        try (Connection connection = DriverManager.getConnection(server + "?user=root");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        MariaDbPoolDataSource source = new MariaDbPoolDataSource(server + name + "?user=root&maxPoolSize=4");
        PluginSchema.migrate(source, Arrays.copyOf(MIGRATIONS, migrations));
        return source;
    }
}
