package org.communs.portal.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.communs.portal.settings.PortalSettings;

/**
 * Dates and times as people read them: in the organisation's time zone ({@code portal.timezone},
 * Paris unless set) and the reader's language. The database keeps UTC.
 */
@Named("dates")
@RequestScoped
public class Dates {

    @Inject
    PortalSettings settings;

    @Inject
    UserPreferences preferences;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(preferences.getLocale()).withZone(zone()).format(instant);
    }

    public ZoneId zone() {
        return settings.zone();
    }
}
