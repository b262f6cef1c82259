package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.audit.AuditQuery;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberStatus;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what, for each role, against the real database (members and collective roles). */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    private static final long COLLECTIVE = 9_000_001L;
    private static final long OTHER_COLLECTIVE = 9_000_002L;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("authorization-it.war", AuthorizationIT.class);
    }

    @Inject
    Authorization authorization;

    @Inject
    Members members;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    AuditLog audit;

    private MemberSummary admin;
    private MemberSummary lead;
    private MemberSummary member;
    private MemberSummary guest;

    private MemberSummary someone(String name, GlobalRole... roles) {
        String subject = UUID.randomUUID().toString();
        return members.signedIn(new Identity(subject, name + "-" + subject.substring(0, 6), name, null, "fr", Set.of(roles)));
    }

    @BeforeEach
    void people() {
        admin = someone("Admin", GlobalRole.MEMBER, GlobalRole.ADMIN);
        lead = someone("Lead", GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD);
        member = someone("Member", GlobalRole.MEMBER);
        guest = someone("Guest", GlobalRole.GUEST);
        collectiveRoles.grant(lead.id(), COLLECTIVE, CollectiveRole.LEAD);
        collectiveRoles.grant(guest.id(), COLLECTIVE, CollectiveRole.GUEST);
    }

    @Test
    void anAdminMayDoEverything() {
        for (Action action : Action.values()) {
            assertTrue(authorization.may(admin, action, COLLECTIVE), action.name());
        }
    }

    @Test
    void aMemberUsesThePortalAndTheDirectoryButAdministersNothing() {
        assertTrue(authorization.may(member, Action.USE_PORTAL, null));
        assertTrue(authorization.may(member, Action.VIEW_DIRECTORY, null));
        assertTrue(authorization.may(member, Action.READ_COLLECTIVE, COLLECTIVE));
        assertFalse(authorization.may(member, Action.MANAGE_COLLECTIVE, COLLECTIVE));
        assertFalse(authorization.may(member, Action.MANAGE_MEMBERS, null));
        assertFalse(authorization.may(member, Action.READ_AUDIT_LOG, null));
        assertFalse(authorization.may(member, Action.MANAGE_LAUNCHER, null));
        assertFalse(authorization.may(member, Action.MANAGE_SEARCH_INDEX, null));
        assertTrue(authorization.may(member, Action.SUBSCRIBE, COLLECTIVE));
        assertFalse(authorization.may(member, Action.MANAGE_COLLECTIVES, null));
        assertFalse(authorization.may(member, Action.CHECK_DOCUMENT_STORE, null));
        assertTrue(authorization.may(member, Action.EDIT_PROFILE, member.id()), "their own profile");
        assertFalse(authorization.may(member, Action.EDIT_PROFILE, member.id() + 1), "not someone else's");
        assertFalse(authorization.may(member, Action.EDIT_PROFILE, null));
    }

    @Test
    void aLeadManagesTheirOwnCollectiveOnly() {
        assertTrue(authorization.may(lead, Action.MANAGE_COLLECTIVE, COLLECTIVE));
        assertFalse(authorization.may(lead, Action.MANAGE_COLLECTIVE, OTHER_COLLECTIVE));
        assertFalse(authorization.may(lead, Action.MANAGE_MEMBERS, null));
    }

    @Test
    void aGuestSeesOnlyWhatIsExplicitlySharedWithThem() {
        assertTrue(authorization.may(guest, Action.USE_PORTAL, null));
        assertTrue(authorization.may(guest, Action.READ_COLLECTIVE, COLLECTIVE));
        assertFalse(authorization.may(guest, Action.READ_COLLECTIVE, OTHER_COLLECTIVE));
        assertFalse(authorization.may(guest, Action.VIEW_DIRECTORY, null));
        assertFalse(authorization.may(guest, Action.SUBSCRIBE, COLLECTIVE), "a guest cannot subscribe");
        assertTrue(authorization.may(guest, Action.EDIT_PROFILE, guest.id()), "a guest keeps their own profile");
        assertFalse(authorization.may(guest, Action.MANAGE_COLLECTIVE, COLLECTIVE));
    }

    @Test
    void aDisabledMemberMayDoNothingEvenAsAdmin() {
        MemberSummary disabled = members.changeStatus(admin.id(), MemberStatus.DISABLED);

        for (Action action : Action.values()) {
            assertFalse(authorization.may(disabled, action, COLLECTIVE), action.name());
        }
        assertFalse(authorization.may(null, Action.USE_PORTAL, null), "nobody signed in");
    }

    @Test
    void aRefusalIsAnExceptionAndAnAuditEntry() {
        int before = audit.search(new AuditQuery("security.denied", null, null, null, 10_000)).size();

        PortalException refusal = assertThrows(PortalException.class,
                () -> authorization.require(member, Action.MANAGE_MEMBERS, null));

        assertEquals(Reason.FORBIDDEN, refusal.reason());
        var denials = audit.search(new AuditQuery("security.denied", null, null, null, 10_000));
        assertEquals(before + 1, denials.size());
        assertEquals("MANAGE_MEMBERS", denials.get(0).objectId());
    }

    @Test
    void revokingACollectiveRoleTakesEffectAtOnce() {
        collectiveRoles.revoke(lead.id(), COLLECTIVE, CollectiveRole.LEAD);

        assertFalse(authorization.may(lead, Action.MANAGE_COLLECTIVE, COLLECTIVE));
    }
}
