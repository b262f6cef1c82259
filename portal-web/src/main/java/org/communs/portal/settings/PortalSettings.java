package org.communs.portal.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings every feature reads, typed, with one default each (those of {@code server.xml},
 * which sets them all): the organisation's time zone, the portal's public address, where it keeps
 * its files, and whether it fills itself with demonstration data. A feature's own settings (mail
 * rate, upload limits, map tiles…) stay with the feature that reads them.
 */
@ApplicationScoped
public class PortalSettings {

    private static final Logger LOG = Logger.getLogger(PortalSettings.class.getName());

    private volatile boolean warned;

    @Inject
    @ConfigProperty(name = "portal.timezone", defaultValue = "Europe/Paris")
    String timezone;

    @Inject
    @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "portal.storage.dir", defaultValue = "storage")
    String storageDir;

    @Inject
    @ConfigProperty(name = "portal.demo.data", defaultValue = "false")
    boolean demoData;

    /** Settings made outside CDI (unit tests, tools). */
    public static PortalSettings of(String timezone, String publicUrl, Path storage, boolean demoData) {
        PortalSettings settings = new PortalSettings();
        settings.timezone = timezone;
        settings.publicUrl = publicUrl;
        settings.storageDir = storage.toString();
        settings.demoData = demoData;
        return settings;
    }

    /**
     * The organisation's time zone: days, weeks and times of day are read in it; the database keeps
     * UTC. A zone Java does not know is reported once and Paris is used.
     */
    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            if (!warned) {
                warned = true;
                LOG.warning(() -> "portal.timezone '" + timezone + "' is not a time zone; Europe/Paris is used");
            }
            return ZoneId.of("Europe/Paris");
        }
    }

    /**
     * The organisation's date at an instant: what "today" means for digests, expiries and agendas.
     * Callers pass the instant (the clock's, or a test's) so that day boundaries can be tested.
     */
    public LocalDate dateAt(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The address members reach the portal at, without a trailing slash (links in mails and feeds). */
    public String publicUrl() {
        return publicUrl.replaceAll("/+$", "");
    }

    /** The directory of the portal's files: documents, thumbnails, the search index, plugins. */
    public Path storage() {
        return Path.of(storageDir);
    }

    /** Whether a demonstration portal fills its directory and collectives with made-up people. */
    public boolean demoData() {
        return demoData;
    }
}
