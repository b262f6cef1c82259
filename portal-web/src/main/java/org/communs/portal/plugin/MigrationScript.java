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
 * a {@code ;} at the end of a line (outside strings and comments), and a checksum so that a script
 * changed after it ran is noticed. Statements may only create, change and drop tables and indexes
 * and write rows, and every table a statement names must carry the plugin's prefix
 * ({@code links_…}): a plugin cannot touch the portal's tables or another plugin's by mistake.
 * (This guards against mistakes; a plugin is trusted code, which could reach the database anyway.)
 *
 * @param version   the number after V
 * @param name      the words after the two underscores
 * @param statements the statements, without their final semicolons
 * @param checksum  SHA-256 of the script's text
 */
public record MigrationScript(int version, String name, List<String> statements, String checksum) {

    static final int MAX_BYTES = 1024 * 1024;

    /** What a plugin's migration may do: its own tables, their indexes and rows; nothing else (no database, user, grant, procedure). */
    private static final Pattern KIND = Pattern.compile(
            "(create\\s+(temporary\\s+)?table|create\\s+(unique\\s+|fulltext\\s+)?index|alter\\s+table|drop\\s+table|drop\\s+index"
                    + "|rename\\s+table|truncate|insert|replace|update|delete)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String NAME = "`?([A-Za-z0-9_$.]+)`?";
    private static final String LIST = NAME + "(?:\\s*,\\s*" + NAME + ")*";
    /** Where a statement names a table: after TABLE (a list for DROP), INTO, FROM, JOIN, REFERENCES, TRUNCATE, and UPDATE at the start. */
    private static final List<Pattern> TABLE_NAMES = List.of(
            Pattern.compile("\\btable\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?(" + "[^;(]+?" + ")(?=\\s*(?:\\(|$|\\b(?:add|drop|modify|change|alter|rename|engine|like|as|select|comment|default|auto_increment|partition|cascade|restrict)\\b))",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:into|from|join|references|truncate(?:\\s+table)?)\\s+" + NAME, Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:update|delete)\\s+(?:low_priority\\s+|ignore\\s+)*(" + "[^;]+?" + ")\\s+(?:set|from|where)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bindex\\s+" + NAME + "\\s+on\\s+" + NAME, Pattern.CASE_INSENSITIVE));
    /** Quoted strings and comments, read in one pass so that "--" inside a string is not taken for a comment. */
    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile("'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\"|--[^\\n]*|#[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);

    /**
     * @throws org.communs.portal.error.PortalException when the script is too long, empty, does
     *         something else than changing tables and rows, or names a table without the plugin's prefix
     */
    static MigrationScript of(String pluginId, int version, String name, String sql) {
        if (sql.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw PluginJar.refusal("plugins.error.migrationTooLong", "V" + version);
        }
        List<String> statements = new ArrayList<>();
        for (String statement : statements(sql)) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        if (statements.isEmpty()) {
            throw PluginJar.refusal("plugins.error.migrationEmpty", "V" + version);
        }
        String prefix = pluginId.toLowerCase(Locale.ROOT) + "_";
        for (String statement : statements) {
            String bare = blanked(statement).strip();
            if (!KIND.matcher(bare).matches()) {
                throw PluginJar.refusal("plugins.error.migrationStatement", "V" + version, firstWords(bare));
            }
            for (String table : tables(bare)) {
                if (!table.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    throw PluginJar.refusal("plugins.error.foreignTable", "V" + version, table, prefix);
                }
            }
        }
        return new MigrationScript(version, name, List.copyOf(statements), sha256(sql));
    }

    /** The statements: split at each ";" that ends a line outside strings and comments; comments dropped. */
    private static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Matcher skipped = STRINGS_AND_COMMENTS.matcher(sql);
        int position = 0;
        while (position < sql.length()) {
            int next = skipped.find(position) ? skipped.start() : sql.length();
            position = plainUpTo(sql, position, next, current, statements);
            if (next < sql.length()) {
                String token = skipped.group();
                if (token.startsWith("'") || token.startsWith("\"")) {
                    current.append(token);
                }
                position = skipped.end();
            }
        }
        statements.add(current.toString());
        return statements;
    }

    /** Copies plain SQL up to {@code end}, closing a statement at each ";" that ends its line. */
    private static int plainUpTo(String sql, int from, int end, StringBuilder current, List<String> statements) {
        for (int i = from; i < end; i++) {
            char c = sql.charAt(i);
            if (c == ';' && endsLine(sql, i + 1)) {
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return end;
    }

    private static boolean endsLine(String sql, int from) {
        for (int i = from; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                // A comment after the semicolon still ends the statement.
                return sql.startsWith("--", i) || sql.charAt(i) == '#';
            }
        }
        return true;
    }

    /** The statement with its strings emptied, so their content is never read as SQL. */
    private static String blanked(String statement) {
        return STRINGS_AND_COMMENTS.matcher(statement).replaceAll("''").replaceAll("\\s+", " ");
    }

    private static List<String> tables(String statement) {
        List<String> tables = new ArrayList<>();
        for (Pattern pattern : TABLE_NAMES) {
            Matcher found = pattern.matcher(statement);
            while (found.find()) {
                for (int group = 1; group <= found.groupCount(); group++) {
                    String named = found.group(group);
                    if (named == null) {
                        continue;
                    }
                    // A list ("a, b"), or "a TO b" pairs of RENAME TABLE: every name counts.
                    for (String part : named.split("\\s*,\\s*|\\s+to\\s+|\\s+")) {
                        String table = part.replace("`", "").strip();
                        if (!table.isEmpty() && !table.equalsIgnoreCase("to") && !table.equals("''")) {
                            tables.add(table);
                        }
                    }
                }
            }
        }
        return tables;
    }

    private static String firstWords(String statement) {
        String[] words = statement.split("\\s+", 3);
        return words.length < 2 ? words[0] : words[0] + " " + words[1];
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
