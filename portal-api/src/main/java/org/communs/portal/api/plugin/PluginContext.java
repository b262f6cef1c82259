package org.communs.portal.api.plugin;

import java.util.Optional;
import javax.sql.DataSource;
import org.communs.portal.api.job.Jobs;
import org.communs.portal.api.people.People;

/**
 * The services the portal offers a plugin, given to {@link Plugin#start}. Every method may be
 * called from any thread once {@code start} has been called; those about "the current member"
 * need a request of a signed-in member (a page or a REST call).
 *
 * <p>The portal implements every method. Those added by a minor version have a default that
 * throws, only so that a plugin's own test double of this interface, written for an earlier
 * version, still compiles.
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

    /** @return texts of the plugin's resource bundles in the language the portal speaks to the reader (chosen in the
     *         user menu, else the member's profile language, else French) */
    Texts texts();

    /**
     * Whether the plugin is turned on for a collective. Always true for a plugin that does not
     * declare {@code per-collective=true}.
     *
     * @param collectiveId the collective
     * @return true when the plugin may show itself in that collective's space
     */
    boolean enabledFor(long collectiveId);

    /**
     * Members and collectives: find, read, who belongs where (since API 1.1).
     *
     * @return the portal's people, as the current reader may see them
     */
    default People people() {
        throw new UnsupportedOperationException("people() needs a portal offering API 1.1");
    }

    /**
     * Background work on a schedule, once per period across the portal's servers (since API 1.1).
     *
     * @return the plugin's jobs, stopped with the plugin
     */
    default Jobs jobs() {
        throw new UnsupportedOperationException("jobs() needs a portal offering API 1.1");
    }

    /**
     * References to records of other plugins, resolved for the current reader (since API 1.1).
     *
     * @return the resolver of references
     */
    default org.communs.portal.api.record.Records records() {
        throw new UnsupportedOperationException("records() needs a portal offering API 1.1");
    }

    /**
     * The bell, and e-mail for members who chose it (since API 1.1).
     *
     * @return the plugin's notifications, of the kinds it declared
     */
    default org.communs.portal.api.notify.Notifications notifications() {
        throw new UnsupportedOperationException("notifications() needs a portal offering API 1.1");
    }

    /**
     * The values of the plugin's settings, as admins set them (since API 1.1).
     *
     * @return its settings
     */
    default org.communs.portal.api.setting.Settings settings() {
        throw new UnsupportedOperationException("settings() needs a portal offering API 1.1");
    }

    /**
     * HTTP POSTs to other services, delivered in the background with retries (since API 1.1).
     *
     * @return the plugin's webhooks
     */
    default org.communs.portal.api.webhook.Webhooks webhooks() {
        throw new UnsupportedOperationException("webhooks() needs a portal offering API 1.1");
    }

    /**
     * The import targets of the portal and of every plugin, to send rows to (since API 1.1).
     *
     * @return the imports
     */
    default org.communs.portal.api.imports.Imports imports() {
        throw new UnsupportedOperationException("imports() needs a portal offering API 1.1");
    }

    /**
     * The portal's rich text rules, to clean what members write in an editor (since API 1.1).
     *
     * @return the rules
     */
    default RichText richText() {
        throw new UnsupportedOperationException("richText() needs a portal offering API 1.1");
    }
}
