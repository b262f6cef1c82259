package org.communs.portal.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.mailing.PluginMails;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.RequestActor;
import org.communs.portal.settings.PortalSettings;

/** The portal services behind every plugin's {@link HostedContext}, in one place. */
@ApplicationScoped
public class PortalServices {

    @Inject
    PortalSettings portalSettings;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    CurrentMember currentMember;

    @Inject
    RequestActor requestActor;

    @Inject
    AuditLog audit;

    @Inject
    PortalSearch search;

    @Inject
    PluginMails mails;

    @Inject
    PluginPeople people;

    @Inject
    org.communs.portal.plugin.job.PluginJobs jobs;

    @Inject
    PluginNoticeStore notices;

    @Inject
    PluginSettingsStore settings;

    @Inject
    org.communs.portal.plugin.webhook.WebhookOutbox webhookOutbox;

    @Inject
    org.communs.portal.plugin.imports.ImportDesk importDesk;

    @Inject
    org.communs.portal.ui.UserPreferences preferences;

    @Inject
    org.communs.portal.plugin.webhook.WebhookSender webhookSender;

    // Accessors, not fields: callers hold this bean's client proxy, whose own fields are empty.

    DataSource dataSource() {
        return dataSource;
    }

    RequestActor requestActor() {
        return requestActor;
    }

    AuditLog audit() {
        return audit;
    }

    PortalSearch search() {
        return search;
    }

    PluginMails mails() {
        return mails;
    }

    PluginPeople people() {
        return people;
    }

    org.communs.portal.plugin.job.PluginJobs jobs() {
        return jobs;
    }

    PluginNoticeStore notices() {
        return notices;
    }

    PluginSettingsStore settings() {
        return settings;
    }

    /** The webhooks of one plugin. */
    org.communs.portal.plugin.webhook.PluginWebhooks webhooks(String pluginId) {
        return new org.communs.portal.plugin.webhook.PluginWebhooks(pluginId, webhookOutbox, webhookSender);
    }

    org.communs.portal.plugin.webhook.WebhookOutbox webhookOutbox() {
        return webhookOutbox;
    }

    org.communs.portal.plugin.imports.ImportDesk importDesk() {
        return importDesk;
    }

    /** The language of the current request's reader; the portal's default outside a request. */
    org.communs.portal.i18n.Language language() {
        try {
            return preferences.getLanguage();
        } catch (ContextNotActiveException outsideARequest) {
            return org.communs.portal.i18n.Language.DEFAULT;
        }
    }

    /** The portal's address as readers reach it, for links in e-mails. */
    String publicUrl() {
        return portalSettings.publicUrl();
    }

    /** The signed-in member of the current request, as plugins see members. */
    Optional<PortalMember> currentMember() {
        try {
            return currentMember.member().filter(MemberSummary::active).map(PortalServices::asPluginMember);
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }

    static PortalMember asPluginMember(MemberSummary member) {
        // Collective leads are members in the contract: the contract's roles are ADMIN, MEMBER, GUEST.
        java.util.Set<String> roles = member.roles().stream()
                .map(role -> role == GlobalRole.COLLECTIVE_LEAD ? GlobalRole.MEMBER : role)
                .map(Enum::name).collect(Collectors.toSet());
        return new PortalMember(member.id(), member.displayName(),
                Locale.forLanguageTag(member.language() == null ? "fr" : member.language()), roles);
    }
}
