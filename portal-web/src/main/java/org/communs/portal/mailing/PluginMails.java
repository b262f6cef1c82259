package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.communs.portal.database.Utc;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.richtext.RichText;

/**
 * E-mails plugins send to one member at a time: stored once (sanitised), queued in the outbox
 * like every other mail, so they share its rate limit, retries and delivery statuses.
 */
@ApplicationScoped
@Transactional
public class PluginMails {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 200_000;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    /**
     * @param plainText the plugin's own text part, or null to derive it from the HTML
     * @return whether a mail was queued (false: the member is disabled or has no address)
     */
    public boolean queue(String pluginId, String pluginName, long memberId, String subject, String html, String plainText) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\r") || subject.contains("\n")) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.subjectTooLong", MAX_SUBJECT);
        }
        if (html == null || html.isBlank()) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.bodyMissing");
        }
        if (html.length() > MAX_BODY || (plainText != null && plainText.length() > MAX_BODY)) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.bodyTooLong", MAX_BODY);
        }
        entityManager.createNativeQuery("insert into plugin_mail (plugin_id, plugin_name, subject, body_html, body_text, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, pluginId).setParameter(2, pluginName).setParameter(3, subject.strip())
                .setParameter(4, RichText.sanitize(html)).setParameter(5, plainText == null || plainText.isBlank() ? null : plainText)
                .setParameter(6, Utc.now()).executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return entityManager.createNativeQuery("insert ignore into mail_outbox (kind, ref_id, member_id, collective_id, address,"
                        + " status, attempts, next_attempt_at, created_at) select 'PLUGIN', ?, m.id, null, m.email, 'QUEUED', 0, ?, ?"
                        + " from member m where m.id = ? and m.status = 'ACTIVE' and m.email is not null and m.email <> ''")
                .setParameter(1, id).setParameter(2, Utc.now()).setParameter(3, Utc.now()).setParameter(4, memberId)
                .executeUpdate() > 0;
    }
}
