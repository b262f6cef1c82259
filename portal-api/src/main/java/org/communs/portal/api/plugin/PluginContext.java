package org.communs.portal.api.plugin;

import java.util.Optional;
import javax.sql.DataSource;

/**
 * The services the portal offers a plugin, given to {@link Plugin#start}. Every method may be
 * called from any thread once {@code start} has been called; those about "the current member"
 * need a request of a signed-in member (a page or a REST call).
 */
public interface PluginContext {

    /** @return the plugin's own descriptor */
    PluginDescriptor descriptor();

    /**
     * The portal's database. A plugin uses its own tables, named with its id as prefix and
     * created by its migrations; statements run in auto-commit unless the plugin opens a
     * transaction on its connection.
     *
     * @return the data source
     */
    DataSource dataSource();

    /** @return the member of the current request, if one is signed in */
    Optional<PortalMember> currentMember();

    /** @return permission checks, including the permissions the plugin declares */
    PluginAuthorization authorization();

    /** @return the portal's audit log, where admin actions are recorded */
    AuditTrail audit();

    /** @return the portal's single search index */
    PluginSearch search();

    /** @return the portal's outgoing mail queue (sent in the background, rate-limited) */
    Mail mail();

    /** @return a store for the plugin's files, named by content (SHA-256) */
    Blobs blobs();

    /** @return texts of the plugin's resource bundles in the current member's language */
    Texts texts();

    /**
     * Whether the plugin is turned on for a collective. Always true for a plugin that does not
     * declare {@code per-collective=true}.
     *
     * @param collectiveId the collective
     * @return true when the plugin may show itself in that collective's space
     */
    boolean enabledFor(long collectiveId);
}
