package org.communs.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;

/**
 * The one place that answers "may member M do action A on object O". Every service method and
 * REST resource asks it; hiding a button is only a courtesy. A refusal is written to the audit log.
 */
@ApplicationScoped
public class Authorization {

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /**
     * @param member the member asking
     * @param action what they want to do
     * @param object the id of the object acted on (a collective for collective actions), or null
     */
    public boolean may(MemberSummary member, Action action, Long object) {
        if (member == null || !member.active()) {
            return false;
        }
        Set<GlobalRole> roles = member.roles();
        if (roles.contains(GlobalRole.ADMIN)) {
            return true;
        }
        boolean insider = roles.contains(GlobalRole.MEMBER) || roles.contains(GlobalRole.COLLECTIVE_LEAD);
        return switch (action) {
            case USE_PORTAL -> insider || roles.contains(GlobalRole.GUEST);
            case VIEW_DIRECTORY -> insider;
            case READ_COLLECTIVE -> object != null && (insider || inCollective(member, object, CollectiveRole.GUEST));
            case MANAGE_COLLECTIVE -> object != null && insider && inCollective(member, object, CollectiveRole.LEAD);
            case EDIT_PROFILE -> object != null && object == member.id();
            case SUBSCRIBE -> object != null && insider;
            case MANAGE_MEMBERS, MANAGE_LAUNCHER, READ_AUDIT_LOG, MANAGE_SEARCH_INDEX, MANAGE_COLLECTIVES,
                 CHECK_DOCUMENT_STORE, MANAGE_PLUGINS -> false;
        };
    }

    /**
     * @throws PortalException (forbidden) when the member may not; the refusal is audited
     */
    public void require(MemberSummary member, Action action, Long object) {
        if (!may(member, action, object)) {
            audit.record(requestActor.current(), AuditEvent.on("security.denied", "action", action.name(),
                    Map.of("object", String.valueOf(object))));
            throw new PortalException(Reason.FORBIDDEN, "security.forbidden");
        }
    }

    private boolean inCollective(MemberSummary member, long collective, CollectiveRole role) {
        return collectiveRoles.of(member.id(), collective).contains(role);
    }
}
