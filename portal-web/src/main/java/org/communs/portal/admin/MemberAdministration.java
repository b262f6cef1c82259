package org.communs.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberQuery;
import org.communs.portal.member.MemberStatus;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * What admins do to members, on both sides: Keycloak (the account) and the portal (the member).
 * Every action is checked, audited, and done on Keycloak first: if Keycloak refuses, nothing
 * changed; if the portal then fails, the Keycloak change is undone.
 */
@ApplicationScoped
public class MemberAdministration {

    @Inject
    Authorization authorization;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Members members;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    public List<MemberSummary> search(MemberSummary admin, MemberQuery query) {
        authorization.require(admin, Action.MANAGE_MEMBERS, null);
        return members.search(query);
    }

    public Invitation invite(MemberSummary admin, NewPerson person) {
        authorization.require(admin, Action.MANAGE_MEMBERS, null);
        Invitation invitation = keycloak.invite(person);
        MemberSummary member = members.invited(new Identity(invitation.subject(), person.username(),
                person.firstName() + " " + person.lastName(), person.email(), "fr", person.roles()));
        audit.record(requestActor.current(), AuditEvent.on("member.invited", "member", member.id(),
                Map.of("email", person.email(), "roles", roleNames(person.roles()))));
        return invitation;
    }

    public MemberSummary disable(MemberSummary admin, long memberId) {
        authorization.require(admin, Action.MANAGE_MEMBERS, null);
        if (admin.id() == memberId) {
            throw new PortalException(Reason.CONFLICT, "admin.members.cannotDisableSelf");
        }
        return changeStatus(memberId, MemberStatus.DISABLED);
    }

    public MemberSummary enable(MemberSummary admin, long memberId) {
        authorization.require(admin, Action.MANAGE_MEMBERS, null);
        return changeStatus(memberId, MemberStatus.ACTIVE);
    }

    public MemberSummary changeRoles(MemberSummary admin, long memberId, Set<GlobalRole> roles) {
        authorization.require(admin, Action.MANAGE_MEMBERS, null);
        if (roles.isEmpty()) {
            throw new PortalException(Reason.INVALID_INPUT, "admin.invite.roleRequired");
        }
        if (admin.id() == memberId && !roles.contains(GlobalRole.ADMIN)) {
            throw new PortalException(Reason.CONFLICT, "admin.members.cannotDemoteSelf");
        }
        MemberSummary before = existing(memberId);
        keycloak.setRoles(before.subject(), roles);
        MemberSummary after;
        try {
            after = members.changeRoles(memberId, roles);
        } catch (RuntimeException e) {
            keycloak.setRoles(before.subject(), before.roles());
            throw e;
        }
        audit.record(requestActor.current(), AuditEvent.on("member.roles-changed", "member", memberId,
                Map.of("before", roleNames(before.roles()), "after", roleNames(roles))));
        return after;
    }

    private MemberSummary changeStatus(long memberId, MemberStatus status) {
        MemberSummary before = existing(memberId);
        boolean enable = status == MemberStatus.ACTIVE;
        keycloak.setEnabled(before.subject(), enable);
        MemberSummary after;
        try {
            after = members.changeStatus(memberId, status);
        } catch (RuntimeException e) {
            keycloak.setEnabled(before.subject(), before.active());
            throw e;
        }
        audit.record(requestActor.current(), AuditEvent.on(enable ? "member.enabled" : "member.disabled",
                "member", memberId, Map.of("username", before.username())));
        return after;
    }

    private MemberSummary existing(long memberId) {
        return members.find(memberId).orElseThrow(() -> new PortalException(Reason.NOT_FOUND, "member.notFound", memberId));
    }

    private static String roleNames(Set<GlobalRole> roles) {
        return roles.stream().map(GlobalRole::roleName).sorted().toList().toString();
    }
}
