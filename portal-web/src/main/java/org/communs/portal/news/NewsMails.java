package org.communs.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.collective.Collectives;
import org.communs.portal.database.Utc;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.mailing.DigestWeek;
import org.communs.portal.mailing.MailContent;
import org.communs.portal.mailing.MailKind;
import org.communs.portal.mailing.MailSource;
import org.communs.portal.settings.PortalSettings;
import org.jsoup.nodes.Entities;

/**
 * What the outbox sends for news: one published item ({@link MailKind#NEWS}), or a subscriber's
 * week of items ({@link MailKind#DIGEST}, the week as {@code yyyyww} in the organisation's zone).
 */
@ApplicationScoped
@Transactional
public class NewsMails implements MailSource {

    @Inject
    PortalSettings settings;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Collectives collectives;

    @Override
    public Set<MailKind> kinds() {
        return Set.of(MailKind.NEWS, MailKind.DIGEST);
    }

    @Override
    public Optional<MailContent> content(MailReference mail, String publicUrl) {
        return mail.kind() == MailKind.NEWS ? item(mail, publicUrl) : digest(mail, publicUrl);
    }

    private Optional<MailContent> item(MailReference mail, String publicUrl) {
        String collectiveName = mail.collectiveId() == null ? ""
                : collectives.names(Set.of(mail.collectiveId())).getOrDefault(mail.collectiveId(), "");
        return Optional.ofNullable(entityManager.find(NewsItem.class, mail.refId()))
                .filter(NewsItem::isPublished)
                .map(n -> new MailContent(collectiveName, n.getTitle(), n.getBodyHtml(), publicUrl + "/news/item.xhtml?id=" + n.getId()));
    }

    private Optional<MailContent> digest(MailReference mail, String publicUrl) {
        DigestWeek week = DigestWeek.ofCode((int) mail.refId());
        ZoneId where = settings.zone();
        // Joined with the collectives' subscriptions on purpose: one query per digest, for thousands of subscribers.
        List<?> rows = entityManager.createNativeQuery("select distinct n.id, n.title, c.name from news_item n"
                        + " join news_target t on t.news_id = n.id join collective c on c.id = t.collective_id"
                        + " join subscription s on s.collective_id = t.collective_id and s.member_id = ?"
                        + " and s.state = 'ACTIVE' and s.delivery = 'DIGEST'"
                        + " where n.status = 'PUBLISHED' and n.published_at >= ? and n.published_at < ?"
                        + " order by n.published_at desc limit 50")
                .setParameter(1, mail.memberId()).setParameter(2, Utc.at(week.start(where)))
                .setParameter(3, Utc.at(week.end(where))).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Language language = Language.fromCode(mail.language()).orElse(Language.DEFAULT);
        StringBuilder list = new StringBuilder("<ul>");
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            list.append("<li><a href=\"").append(Entities.escape(publicUrl + "/news/item.xhtml?id=" + c[0]))
                    .append("\">").append(Entities.escape(c[1].toString())).append("</a> — ")
                    .append(Entities.escape(c[2].toString())).append("</li>");
        }
        list.append("</ul>");
        return Optional.of(new MailContent(Messages.text(language, "mail.digest.from"),
                Messages.text(language, "mail.digest.subject", rows.size()), list.toString(), publicUrl + "/"));
    }
}
