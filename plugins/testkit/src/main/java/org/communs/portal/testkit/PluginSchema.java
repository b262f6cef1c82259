package org.communs.portal.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A plugin's migrations applied to a real test database, for the plugin's integration tests and
 * benchmarks: the scripts of {@code portal-plugin/migrations/} named, from the class path, as the
 * portal applies them at install (without its history table and checks).
 *
 * <p>Statements end with a ";" at the end of a line, and lines starting with "--" are comments,
 * as in the migrations the plugin guide shows; the portal's own reader also copes with a ";"
 * ending a line inside a string, which this one does not.
 */
public final class PluginSchema {

    private static final String FOLDER = "portal-plugin/migrations/";

    private PluginSchema() {
    }

    /**
     * Runs the migrations named, in the order given.
     *
     * @param source  the test database
     * @param scripts the file name of each version, in order ({@code "V1__tasks.sql"}, …)
     */
    public static void migrate(DataSource source, String... scripts) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String script : scripts) {
                for (String sql : statementsOf(FOLDER + script)) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** @return the statements of a migration on the class path, without comments and final semicolons */
    public static List<String> statementsOf(String resource) {
        URL found = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (found == null) {
            throw new IllegalArgumentException(resource + " is not on the class path");
        }
        try (InputStream in = found.openStream()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return new ArrayList<>(Arrays.stream(script.split(";\\s*(\n|$)")).map(String::strip).filter(sql -> !sql.isEmpty()).toList());
        } catch (IOException e) {
            throw new IllegalArgumentException(resource + " cannot be read", e);
        }
    }
}
