package org.communs.portal.plugin;

import java.time.Instant;

/**
 * A row of the {@code plugin} table: an installed plugin as the database keeps it.
 *
 * @param enabled chosen by an admin; an enabled plugin whose start failed is shown as failed
 * @param error   why its last start failed, or null
 */
public record PluginRecord(String id, String name, String version, String apiVersion, boolean perCollective,
                           boolean enabled, String error, String jarFile, String jarSha256, Instant installedAt,
                           Instant updatedAt) implements java.io.Serializable {
}
