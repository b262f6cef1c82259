package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.collective.Collectives;

/**
 * Reads what an outbox row refers to when it is sent: mailings and plugins' mails are this
 * feature's own; other kinds are asked of the {@link MailSource} that declares them (news items
 * and digests).
 */
@ApplicationScoped
@Transactional
public class MailContents {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Instance<MailSource> sources;

    @Inject
    Collectives collectives;

    /** @return empty when the referred thing is gone (a deleted item): the row fails with that reason */
    Optional<MailContent> of(OutgoingMail mail, String publicUrl) {
        return switch (mail.kind()) {
            case MAILING, TEST -> Optional.ofNullable(entityManager.find(Mailing.class, mail.refId()))
                    .map(m -> new MailContent(collectiveName(m.getCollectiveId()),
                            (mail.kind() == MailKind.TEST ? "[Test] " : "") + m.getSubject(), m.getBodyHtml(), null));
            case PLUGIN -> entityManager.createNativeQuery("select subject, body_html, plugin_name, body_text from plugin_mail where id = ?")
                    .setParameter(1, mail.refId()).getResultList().stream().findFirst()
                    .map(row -> pluginMail((Object[]) row));
            default -> sources.stream().filter(source -> source.kinds().contains(mail.kind())).findFirst()
                    .flatMap(source -> source.content(new MailSource.MailReference(mail.kind(), mail.refId(), mail.memberId(),
                            mail.collectiveId(), mail.language()), publicUrl));
        };
    }

    private static MailContent pluginMail(Object[] c) {
        return new MailContent(c[2].toString(), c[0].toString(), c[1].toString(), null, c[3] == null ? null : c[3].toString());
    }

    private String collectiveName(Long collectiveId) {
        return collectiveId == null ? "" : collectives.names(Set.of(collectiveId)).getOrDefault(collectiveId, "");
    }
}
