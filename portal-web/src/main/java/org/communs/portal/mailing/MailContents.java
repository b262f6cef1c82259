package org.communs.portal.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.communs.portal.database.Utc;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.news.NewsItem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Entities;

/**
 * Reads what an outbox row refers to (a mailing, a news item, a week of items) when it is sent,
 * rather than copying it into every row: a mailing to 5,000 people is stored once.
 */
@ApplicationScoped
@Transactional
public class MailContents {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "portal.timezone", defaultValue = "Europe/Paris")
    String zone;

    /** @return empty when the referred thing is gone (a deleted item): the row fails with that reason */
    Optional<MailContent> of(OutgoingMail mail, String publicUrl) {
        return switch (mail.kind()) {
            case MAILING, TEST -> Optional.ofNullable(entityManager.find(Mailing.class, mail.refId()))
                    .map(m -> new MailContent(collectiveName(m.getCollectiveId()),
                            (mail.kind() == MailKind.TEST ? "[Test] " : "") + m.getSubject(), m.getBodyHtml(), null));
            case NEWS -> Optional.ofNullable(entityManager.find(NewsItem.class, mail.refId()))
                    .filter(NewsItem::isPublished)
                    .map(n -> new MailContent(collectiveName(mail.collectiveId()), n.getTitle(), n.getBodyHtml(),
                            publicUrl + "/news/item.xhtml?id=" + n.getId()));
            case DIGEST -> digest(mail, publicUrl);
            case PLUGIN -> entityManager.createNativeQuery("select subject, body_html, plugin_name from plugin_mail where id = ?")
                    .setParameter(1, mail.refId()).getResultList().stream().findFirst()
                    .map(row -> pluginMail((Object[]) row));
        };
    }

    private static MailContent pluginMail(Object[] c) {
        return new MailContent(c[2].toString(), c[0].toString(), c[1].toString(), null);
    }

    private Optional<MailContent> digest(OutgoingMail mail, String publicUrl) {
        int week = (int) mail.refId();
        java.time.ZoneId where = java.time.ZoneId.of(zone);
        LocalDate monday = LocalDate.now(where).with(IsoFields.WEEK_BASED_YEAR, week / 100)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week % 100).with(java.time.DayOfWeek.MONDAY);
        List<?> rows = entityManager.createNativeQuery("select distinct n.id, n.title, c.name from news_item n"
                        + " join news_target t on t.news_id = n.id join collective c on c.id = t.collective_id"
                        + " join subscription s on s.collective_id = t.collective_id and s.member_id = ?"
                        + " and s.state = 'ACTIVE' and s.delivery = 'DIGEST'"
                        + " where n.status = 'PUBLISHED' and n.published_at >= ? and n.published_at < ?"
                        + " order by n.published_at desc limit 50")
                .setParameter(1, mail.memberId()).setParameter(2, Utc.at(monday.atStartOfDay(where).toInstant()))
                .setParameter(3, Utc.at(monday.plusWeeks(1).atStartOfDay(where).toInstant())).getResultList();
        Language language = Language.fromCode(mail.language()).orElse(Language.DEFAULT);
        StringBuilder list = new StringBuilder("<ul>");
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            list.append("<li><a href=\"").append(Entities.escape(publicUrl + "/news/item.xhtml?id=" + c[0]))
                    .append("\">").append(Entities.escape(c[1].toString())).append("</a> — ")
                    .append(Entities.escape(c[2].toString())).append("</li>");
        }
        list.append("</ul>");
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailContent(Messages.text(language, "mail.digest.from"),
                Messages.text(language, "mail.digest.subject", rows.size()), list.toString(), publicUrl + "/"));
    }

    private String collectiveName(Long collectiveId) {
        if (collectiveId == null) {
            return "";
        }
        List<?> names = entityManager.createNativeQuery("select name from collective where id = ?")
                .setParameter(1, collectiveId).getResultList();
        return names.isEmpty() ? "" : names.getFirst().toString();
    }
}
