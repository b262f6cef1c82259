package org.communs.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.communs.portal.api.ApiVersion;
import org.communs.portal.api.plugin.InvalidDescriptorException;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * What an uploaded plugin jar holds, checked before anything of it runs: a zip whose entry names
 * stay inside it, not a zip bomb, with a valid descriptor for this portal's API version, its
 * plugin class, pages only under its own {@code /plugins/<id>/}, and migrations that only touch
 * tables named with its id. Each refusal has a message key for the admin page.
 */
public final class PluginJar {

    /** Where a plugin keeps its Facelets pages and fragments (followed by its id). */
    static final String PAGES = "META-INF/resources/plugins/";
    /** Where a plugin keeps its SQL migrations. */
    static final String MIGRATIONS = "portal-plugin/migrations/";

    private static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /**
     * Ids a plugin may not take: prefixes of the portal's own tables (and Flyway's history), and
     * names of the objects every page uses, which a page model named like its plugin would hide.
     */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("flyway", "portal", "plugin", "doc", "member",
            "collective", "subscription", "news", "mail", "mailing", "notification", "audit", "profile", "launcher",
            "search", "admin", "msg", "view", "param", "header", "cookie", "flash", "request", "session", "application",
            "resource", "component", "cc", "facesContext");
    private static final Pattern MIGRATION = Pattern.compile(Pattern.quote(MIGRATIONS) + "V(\\d{1,6})__([A-Za-z0-9_]{1,80})\\.sql");

    private final PluginDescriptor descriptor;
    private final List<MigrationScript> migrations;

    private PluginJar(PluginDescriptor descriptor, List<MigrationScript> migrations) {
        this.descriptor = descriptor;
        this.migrations = migrations;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The plugin's migrations, by version. */
    public List<MigrationScript> migrations() {
        return migrations;
    }

    /**
     * Checks a jar on disk.
     *
     * @throws PortalException (invalid input) naming what is wrong
     */
    public static PluginJar inspect(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            checkEntries(zip);
            PluginDescriptor descriptor = descriptor(zip);
            if (RESERVED_IDS.contains(descriptor.id())) {
                throw refusal("plugins.error.idTaken", descriptor.id());
            }
            if (!ApiVersion.CURRENT.satisfies(descriptor.api())) {
                throw refusal("plugins.error.apiVersion", descriptor.api(), ApiVersion.CURRENT);
            }
            if (zip.getEntry(descriptor.className().replace('.', '/') + ".class") == null) {
                throw refusal("plugins.error.noClass", descriptor.className());
            }
            List<MigrationScript> migrations = migrations(zip, descriptor.id());
            checkPages(zip, descriptor.id());
            return new PluginJar(descriptor, migrations);
        } catch (ZipException notAZip) {
            throw refusal("plugins.error.notJar");
        } catch (IOException unreadable) {
            throw refusal("plugins.error.notJar");
        }
    }

    private static void checkEntries(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw refusal("plugins.error.tooManyEntries", MAX_ENTRIES);
        }
        long unpacked = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            // Names become paths when pages are unpacked: none may climb out or start at the root.
            if (name.startsWith("/") || name.contains("\\") || name.contains("..") || name.contains(":") || name.indexOf('\0') >= 0) {
                throw refusal("plugins.error.badEntry", name);
            }
            // The declared sizes can lie; pages and migrations are also read with a cap (MigrationScript, PluginPages).
            unpacked += Math.max(0, entry.getSize());
            if (unpacked > MAX_UNPACKED_BYTES) {
                throw refusal("plugins.error.tooLargeUnpacked", MAX_UNPACKED_BYTES / (1024 * 1024));
            }
        }
    }

    private static PluginDescriptor descriptor(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(PluginDescriptor.LOCATION);
        if (entry == null) {
            throw refusal("plugins.error.noDescriptor", PluginDescriptor.LOCATION);
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(new InputStreamReader(new java.io.ByteArrayInputStream(in.readNBytes(64 * 1024)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            throw refusal("plugins.error.descriptor.MISSING", "id");
        }
        try {
            return PluginDescriptor.read(properties);
        } catch (InvalidDescriptorException invalid) {
            throw refusal("plugins.error.descriptor." + invalid.problem().name(), invalid.detail());
        }
    }

    private static List<MigrationScript> migrations(ZipFile zip, String id) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (!entry.getName().startsWith(MIGRATIONS) || entry.isDirectory()) {
                continue;
            }
            Matcher name = MIGRATION.matcher(entry.getName());
            if (!name.matches()) {
                throw refusal("plugins.error.migrationName", entry.getName());
            }
            String sql;
            try (InputStream in = zip.getInputStream(entry)) {
                sql = new String(in.readNBytes(MigrationScript.MAX_BYTES + 1), StandardCharsets.UTF_8);
            }
            scripts.add(MigrationScript.of(id, Integer.parseInt(name.group(1)), name.group(2), sql));
        }
        scripts.sort(java.util.Comparator.comparingInt(MigrationScript::version));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw refusal("plugins.error.migrationName", "V" + scripts.get(i).version());
            }
        }
        return List.copyOf(scripts);
    }

    private static void checkPages(ZipFile zip, String id) {
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(PAGES) && !name.equals(PAGES) && !name.startsWith(PAGES + id + "/")) {
                throw refusal("plugins.error.foreignPages", name);
            }
        }
    }

    static PortalException refusal(String key, Object... arguments) {
        return new PortalException(Reason.INVALID_INPUT, key, arguments);
    }
}
