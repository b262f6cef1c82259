package org.communs.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a plugin's pages ({@code META-INF/resources/plugins/<id>/…}) to a directory of its own
 * version, from which Faces reads them: a later version never finds an earlier one's compiled
 * pages, and no jar stays open once the plugin is out of service.
 */
final class PluginPages {

    private static final long MAX_PAGE_BYTES = 2L * 1024 * 1024;

    private PluginPages() {
    }

    static void unpack(Path jar, String id, Path target) throws IOException {
        String prefix = PluginJar.PAGES + id + "/";
        Files.createDirectories(target);
        long written = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path file = target.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!file.startsWith(target)) {
                    throw PluginJar.refusal("plugins.error.badEntry", entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] content = in.readNBytes((int) MAX_PAGE_BYTES + 1);
                    written += content.length;
                    // Counted as read, not as the entries declare: a jar can lie about its sizes.
                    if (content.length > MAX_PAGE_BYTES || written > PluginJar.MAX_UNPACKED_BYTES) {
                        throw PluginJar.refusal("plugins.error.tooLargeUnpacked", PluginJar.MAX_UNPACKED_BYTES / (1024 * 1024));
                    }
                    Files.write(file, content);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
