package org.communs.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberQuery;
import org.communs.portal.member.MemberStatus;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/** Admin → Members: list, search, filter, invite, disable/enable, change roles. */
@Named("membersAdmin")
@ViewScoped
public class MembersAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberAdministration administration;

    @Inject
    transient PageGuard guard;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient FacesMessages messages;

    private String text = "";
    private GlobalRole role;
    private MemberStatus status;
    private List<MemberSummary> results = List.of();

    private String inviteEmail;
    private String inviteFirstName;
    private String inviteLastName;
    private List<GlobalRole> inviteRoles = List.of(GlobalRole.MEMBER);
    private Invitation lastInvitation;
    private String lastInvitationEmail;

    private Long editedMemberId;
    private List<GlobalRole> editedRoles = List.of();

    public void open() {
        if (guard.allow(Action.MANAGE_MEMBERS)) {
            search();
        }
    }

    public void search() {
        results = administration.search(currentMember.required(), new MemberQuery(text, role, status, 0, 200));
    }

    public void invite() {
        try {
            Set<GlobalRole> roles = inviteRoles.isEmpty() ? Set.of() : EnumSet.copyOf(inviteRoles);
            NewPerson person = new NewPerson(inviteEmail, inviteFirstName, inviteLastName, roles);
            lastInvitation = administration.invite(currentMember.required(), person);
            lastInvitationEmail = person.email();
            messages.info("admin.invite.done", person.email());
            inviteEmail = inviteFirstName = inviteLastName = null;
            search();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public void disable(long memberId) {
        act(() -> administration.disable(currentMember.required(), memberId), "admin.members.disabled");
    }

    public void enable(long memberId) {
        act(() -> administration.enable(currentMember.required(), memberId), "admin.members.enabled");
    }

    public void editRoles(MemberSummary member) {
        editedMemberId = member.id();
        editedRoles = List.copyOf(member.roles());
    }

    public void saveRoles() {
        if (editedMemberId == null) {
            return;
        }
        Set<GlobalRole> roles = editedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(editedRoles);
        act(() -> administration.changeRoles(currentMember.required(), editedMemberId, roles), "admin.members.rolesChanged");
        editedMemberId = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            search();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public GlobalRole[] getAllRoles() {
        return GlobalRole.values();
    }

    public MemberStatus[] getAllStatuses() {
        return MemberStatus.values();
    }

    public String rolesOf(MemberSummary member) {
        return member.roles().stream().map(GlobalRole::roleName).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    public List<MemberSummary> getResults() {
        return results;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public GlobalRole getRole() {
        return role;
    }

    public void setRole(GlobalRole role) {
        this.role = role;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteFirstName() {
        return inviteFirstName;
    }

    public void setInviteFirstName(String inviteFirstName) {
        this.inviteFirstName = inviteFirstName;
    }

    public String getInviteLastName() {
        return inviteLastName;
    }

    public void setInviteLastName(String inviteLastName) {
        this.inviteLastName = inviteLastName;
    }

    public List<GlobalRole> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<GlobalRole> inviteRoles) {
        this.inviteRoles = inviteRoles == null ? List.of() : inviteRoles;
    }

    public Invitation getLastInvitation() {
        return lastInvitation;
    }

    public String getLastInvitationEmail() {
        return lastInvitationEmail;
    }

    public Long getEditedMemberId() {
        return editedMemberId;
    }

    public List<GlobalRole> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<GlobalRole> editedRoles) {
        this.editedRoles = editedRoles == null ? List.of() : editedRoles;
    }
}
