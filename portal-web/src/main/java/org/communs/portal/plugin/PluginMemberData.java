package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/** What the plugins in service keep about a member: exported (GDPR right of access) or erased on request. */
@ApplicationScoped
public class PluginMemberData {

    private static final Logger LOG = Logger.getLogger(PluginMemberData.class.getName());

    @Inject
    PluginRegistry registry;

    @Inject
    Authorization authorization;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /**
     * What the plugins in service keep about a member, by plugin id: for the member themselves or
     * an admin. A plugin that fails is named with its error, not skipped silently.
     */
    public Map<String, Object> exportMember(MemberSummary actor, long memberId) {
        if (actor == null || (actor.id() != memberId && !authorization.may(actor, Action.MANAGE_MEMBERS, null))) {
            throw new PortalException(Reason.FORBIDDEN, "security.forbidden");
        }
        Map<String, Object> export = new TreeMap<>();
        for (ActivePlugin plugin : registry.allActive()) {
            try {
                export.put(plugin.id(), PluginCalls.within(plugin.loader(), () -> plugin.plugin().exportMember(memberId)));
            } catch (Exception | LinkageError failed) {
                LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not export member " + memberId, failed);
                export.put(plugin.id(), Map.of("error", PluginHost.describe(failed)));
            }
        }
        return export;
    }

    /** Asks every plugin in service to erase or anonymise what it keeps about a member (admins; audited). */
    public List<String> eraseMember(MemberSummary actor, long memberId) {
        authorization.require(actor, Action.MANAGE_MEMBERS, null);
        List<String> failures = new ArrayList<>();
        for (ActivePlugin plugin : registry.allActive()) {
            try {
                PluginCalls.within(plugin.loader(), () -> {
                    plugin.plugin().eraseMember(memberId);
                    return null;
                });
            } catch (Exception | LinkageError failed) {
                LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not erase member " + memberId, failed);
                failures.add(plugin.id());
            }
        }
        audit.record(requestActor.current(), AuditEvent.on("plugin.memberErased", "member", memberId,
                Map.of("failed", String.join(",", failures))));
        return failures;
    }
}
