package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.communs.portal.settings.PortalSettings;

/**
 * Signs and reads the unsubscribe links of mails. A link works until the end of its last day where
 * the organisation is, the day its reader sees; both ends count days in that zone.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** The name of the key that signs the links in {@link PortalSecrets}. */
    static final String SECRET = "unsubscribe";

    @Inject
    PortalSecrets secrets;

    @Inject
    PortalSettings settings;

    /** The signed value of a link written at an instant, working {@link UnsubscribeToken#VALID_DAYS} days. */
    public String token(long memberId, long collectiveId, Instant writtenAt) {
        LocalDate lastDay = settings.dateAt(writtenAt).plusDays(UnsubscribeToken.VALID_DAYS);
        return new UnsubscribeToken(memberId, collectiveId, lastDay).sign(secrets.get(SECRET));
    }

    /** Reads a link's value as it stands at an instant. */
    public UnsubscribeToken.Reading read(String text, Instant at) {
        return UnsubscribeToken.read(text, secrets.get(SECRET), settings.dateAt(at));
    }
}
