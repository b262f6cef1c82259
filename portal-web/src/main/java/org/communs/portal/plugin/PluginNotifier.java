package org.communs.portal.plugin;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.communs.portal.api.notify.Delivery;
import org.communs.portal.api.notify.Notice;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.api.notify.Notifications;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.jsoup.nodes.Entities;

/**
 * {@link Notifications} of one plugin: the line goes to the bell, and an e-mail in the member's
 * language to members whose delivery for that kind (their choice, else the kind's default) says so.
 */
final class PluginNotifier implements Notifications {

    private final PluginDescriptor descriptor;
    private final ClassLoader loader;
    private final Supplier<List<NoticeKind>> kinds;
    private final PortalServices services;

    PluginNotifier(PluginDescriptor descriptor, ClassLoader loader, Supplier<List<NoticeKind>> kinds, PortalServices services) {
        this.descriptor = descriptor;
        this.loader = loader;
        this.kinds = kinds;
        this.services = services;
    }

    @Override
    public void notify(long memberId, Notice notice) {
        NoticeKind kind = kinds.get().stream().filter(declared -> declared.name().equals(notice.kind())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Notification kind not declared by "
                        + descriptor.id() + ".noticeKinds(): " + notice.kind()));
        if (!services.notices().ring(descriptor.id(), memberId, notice)) {
            return;
        }
        Delivery delivery = services.notices().choice(memberId, descriptor.id(), kind.name()).orElse(kind.byDefault());
        if (delivery == Delivery.BELL_AND_EMAIL) {
            services.people().member(memberId).ifPresent(member -> mail(member, notice));
        } else if (delivery == Delivery.DAILY_SUMMARY) {
            services.notices().awaitSummary(descriptor.id(), memberId, notice);
        }
    }

    private void mail(MemberCard member, Notice notice) {
        Locale locale = member.locale();
        String text = HostedContext.text(loader, notice.bundle(), notice.textKey(), locale, notice.arguments().toArray());
        String subject = text.replaceAll("[\\r\\n]+", " ").strip();
        if (subject.length() > 200) {
            subject = subject.substring(0, 199) + "…";
        }
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.DEFAULT);
        String link = services.publicUrl().replaceAll("/+$", "") + notice.path();
        String html = "<p>" + Entities.escape(text) + "</p><p><a href=\"" + Entities.escape(link) + "\">"
                + Entities.escape(Messages.text(language, "notifications.openInPortal")) + "</a></p>";
        services.mails().queue(descriptor.id(), descriptor.name(), member.id(), subject, html, null);
    }
}
