package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.api.job.Schedule;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.mailing.PluginMails;
import org.communs.portal.plugin.PluginNoticeStore.StoredNotice;
import org.communs.portal.plugin.job.PluginJobs;
import org.communs.portal.settings.PortalSettings;
import org.jsoup.nodes.Entities;

/**
 * The daily summary of plugins' notifications, for members who chose it for some kinds: at 7:00
 * (the organisation's time), one e-mail per member listing what is still unread, each line in
 * their language with its link. Run as a job of the portal's own under the jobs' lease, so one
 * server sends it; a line goes into one summary only.
 */
@ApplicationScoped
public class PluginNoticeDigest {

    @Inject
    PortalSettings settings;

    static final LocalTime AT = LocalTime.of(7, 0);

    @Inject
    PluginJobs jobs;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginNoticeStore store;

    @Inject
    PluginPeople people;

    @Inject
    PluginMails mails;

    void start(@Observes SchemaReady ready) {
        jobs.of("portal", PluginNoticeDigest.class.getClassLoader()).schedule("notice-digest", Schedule.dailyAt(AT), this::send);
    }

    /** @return how many members were sent a summary */
    public int send() {
        Map<String, ActivePlugin> plugins = registry.allActive().stream().collect(Collectors.toMap(ActivePlugin::id, Function.identity()));
        Map<Long, List<StoredNotice>> byMember = new LinkedHashMap<>();
        store.awaitingSummary(plugins.keySet()).forEach(notice -> byMember.computeIfAbsent(notice.memberId(), id -> new ArrayList<>()).add(notice));
        int sent = 0;
        for (Map.Entry<Long, List<StoredNotice>> member : byMember.entrySet()) {
            MemberCard card = people.member(member.getKey()).orElse(null);
            if (card != null && card.active()) {
                mails.queue("portal", Messages.text(language(card), "app.name"), card.id(),
                        Messages.text(language(card), "notifications.summary.subject", member.getValue().size()),
                        html(card, member.getValue(), plugins), null);
                sent++;
            }
            store.summarised(member.getValue().stream().map(StoredNotice::id).toList());
        }
        return sent;
    }

    private String html(MemberCard member, List<StoredNotice> notices, Map<String, ActivePlugin> plugins) {
        Locale locale = member.locale();
        String base = settings.publicUrl();
        StringBuilder html = new StringBuilder("<p>").append(Entities.escape(Messages.text(language(member), "notifications.summary.intro")))
                .append("</p><ul>");
        for (StoredNotice notice : notices) {
            ActivePlugin plugin = plugins.get(notice.pluginId());
            String text = HostedContext.text(plugin.loader(), notice.bundle(), notice.textKey(), locale, notice.arguments().toArray());
            html.append("<li><a href=\"").append(Entities.escape(base + notice.path())).append("\">")
                    .append(Entities.escape(notice.times() > 1 ? notice.times() + " × " + text : text)).append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    private static Language language(MemberCard member) {
        return Language.fromCode(member.locale().getLanguage()).orElse(Language.DEFAULT);
    }
}
