package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.communs.portal.settings.PortalSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where plugins live on disk, under {@code <storage>/plugins}: uploads received under the size
 * limit ({@code incoming/}), installed jars named by their content ({@code jars/}), each start's
 * unpacked pages ({@code pages/}) and each plugin's own files ({@code data/<id>}).
 */
@ApplicationScoped
public class PluginFiles {

    private static final Logger LOG = Logger.getLogger(PluginFiles.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.plugins.max.mb", defaultValue = "20")
    long maxMegabytes;

    /** The upload, streamed to disk under the size limit. */
    Path receive(InputStream upload) {
        long limit = maxMegabytes * 1024 * 1024;
        try {
            Files.createDirectories(root().resolve("incoming"));
            Files.createDirectories(jars());
            Path temp = root().resolve("incoming").resolve(UUID.randomUUID() + ".part");
            try (InputStream in = upload; var out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = in.read(buffer)) != -1) {
                    total += read;
                    if (total > limit) {
                        out.close();
                        Files.deleteIfExists(temp);
                        throw PluginJar.refusal("plugins.error.tooLarge", maxMegabytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return temp;
        } catch (IOException unreadable) {
            throw PluginJar.refusal("plugins.error.notJar");
        }
    }

    /** The largest plugin jar an admin may upload, in megabytes ({@code portal.plugins.max.mb}). */
    public long maxMegabytes() {
        return maxMegabytes;
    }

    Path root() {
        return settings.storage().resolve("plugins");
    }

    Path jars() {
        return root().resolve("jars");
    }

    /** A plugin's own files ({@code Blobs}). */
    Path data(String pluginId) {
        return root().resolve("data").resolve(pluginId);
    }

    /** A new directory for the pages of one start of a plugin version (Facelets caches pages by URL). */
    Path freshPages(String pluginId, String version) {
        return root().resolve("pages").resolve(pluginId + "-" + version + "-" + UUID.randomUUID());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete " + file + ": " + e);
        }
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(PluginFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.warning("Could not delete " + directory + ": " + e);
        }
    }
}
