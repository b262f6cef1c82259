package org.communs.portal.plugin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL migration of a plugin ({@code V3__add_due_dates.sql}): its statements, each ending with
 * a {@code ;} at the end of a line, and a checksum so that a script changed after it ran is
 * noticed. Every table a statement names must carry the plugin's prefix ({@code links_…}): a
 * plugin cannot create, change or drop the portal's tables or another plugin's by mistake.
 *
 * @param version   the number after V
 * @param name      the words after the two underscores
 * @param statements the statements, without their final semicolons
 * @param checksum  SHA-256 of the script's text
 */
public record MigrationScript(int version, String name, List<String> statements, String checksum) {

    static final int MAX_BYTES = 1024 * 1024;

    /** Table names after the keywords that name one (CREATE/ALTER/DROP/RENAME/TRUNCATE TABLE, INTO, UPDATE, FROM, JOIN, REFERENCES, ON). */
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:table(?:\\s+if\\s+(?:not\\s+)?exists)?|into|update|from|join|references|rename\\s+table|to|on)\\s+`?([A-Za-z0-9_$.]+)`?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("'(?:[^']|'')*'");

    /**
     * @throws org.communs.portal.error.PortalException when the script is too long, empty, or names
     *         a table without the plugin's prefix
     */
    static MigrationScript of(String pluginId, int version, String name, String sql) {
        if (sql.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw PluginJar.refusal("plugins.error.migrationTooLong", "V" + version);
        }
        List<String> statements = new ArrayList<>();
        for (String statement : COMMENTS.matcher(sql).replaceAll(" ").split(";\\s*(\\r?\\n|$)")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        if (statements.isEmpty()) {
            throw PluginJar.refusal("plugins.error.migrationEmpty", "V" + version);
        }
        String prefix = pluginId + "_";
        for (String statement : statements) {
            // Quoted strings (defaults, comments on columns) are not table names.
            Matcher table = TABLE.matcher(STRINGS.matcher(statement).replaceAll("''"));
            while (table.find()) {
                String named = table.group(1).toLowerCase(Locale.ROOT);
                if (!named.startsWith(prefix) && !isKeyword(named)) {
                    throw PluginJar.refusal("plugins.error.foreignTable", "V" + version, table.group(1), prefix);
                }
            }
        }
        return new MigrationScript(version, name, List.copyOf(statements), sha256(sql));
    }

    /** Words that follow "on"/"to"/"from" in SQL without being a table ("on delete cascade", "to 'x'"). */
    private static boolean isKeyword(String word) {
        return switch (word) {
            case "delete", "update", "duplicate", "''", "null", "current_timestamp", "dual" -> true;
            default -> false;
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
