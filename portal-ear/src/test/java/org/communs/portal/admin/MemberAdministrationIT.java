package org.communs.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberQuery;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.OidcSettings;
import org.communs.portal.security.RequestActor;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Admin actions on members, against the real Keycloak of the test run and the real database. */
@ExtendWith(ArquillianExtension.class)
class MemberAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("member-admin-it.war", MemberAdministrationIT.class);
    }

    @Inject
    MemberAdministration administration;

    @Inject
    Members members;

    @Inject
    OidcSettings oidc;

    @Inject
    Authorization authorization;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    private MemberSummary admin;
    private MemberSummary member;

    @BeforeEach
    void people() {
        String id = UUID.randomUUID().toString();
        admin = members.signedIn(new Identity("admin-" + id, "admin-" + id, "Admin IT", null, "fr",
                Set.of(GlobalRole.MEMBER, GlobalRole.ADMIN)));
        member = members.signedIn(new Identity("member-" + id, "member-" + id, "Member IT", null, "fr",
                Set.of(GlobalRole.MEMBER)));
    }

    private static NewPerson someone() {
        return new NewPerson("it." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Inès", "Test",
                Set.of(GlobalRole.MEMBER));
    }

    private MemberSummary invited(NewPerson person) {
        return administration.search(admin, new MemberQuery(person.email(), null, null, 0, 10)).get(0);
    }

    private Set<String> keycloakRoles(String subject) throws IOException {
        KeycloakAdminApi api = new KeycloakAdminApi(oidc.keycloakUrl(), oidc.realm(), oidc.getClientId(), oidc.getClientSecret());
        return Set.copyOf(api.getArray("/users/" + subject + "/role-mappings/realm").getValuesAs(JsonObject.class)
                .stream().map(role -> role.getString("name")).filter(name -> GlobalRole.fromRoleName(name).isPresent())
                .toList());
    }

    @Test
    void anAdminChangesRolesInKeycloakAndInThePortal() throws IOException {
        NewPerson person = someone();
        Invitation invitation = administration.invite(admin, person);
        MemberSummary invitedMember = invited(person);
        assertEquals(invitation.subject(), invitedMember.subject());
        assertEquals(Set.of("member"), keycloakRoles(invitation.subject()));

        MemberSummary changed = administration.changeRoles(admin, invitedMember.id(),
                Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));

        assertEquals(Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD), changed.roles());
        assertEquals(Set.of("member", "collective-lead"), keycloakRoles(invitation.subject()));
    }

    @Test
    void aMemberCannotInviteEvenBypassingThePage() {
        PortalException refusal = assertThrows(PortalException.class, () -> administration.invite(member, someone()));

        assertEquals(Reason.FORBIDDEN, refusal.reason());
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        assertEquals(Reason.CONFLICT, assertThrows(PortalException.class,
                () -> administration.disable(admin, admin.id())).reason());
        assertEquals(Reason.CONFLICT, assertThrows(PortalException.class,
                () -> administration.changeRoles(admin, admin.id(), Set.of(GlobalRole.MEMBER))).reason());
    }

    @Test
    void whenKeycloakDoesNotAnswerAnInvitationSaysSoAndChangesNothing() {
        KeycloakAccounts unreachable = new KeycloakAccounts();
        unreachable.oidc = new OidcSettings() { // anonymous: not a bean, only these settings
            @Override
            public String keycloakUrl() {
                return "http://127.0.0.1:1";
            }
        };
        unreachable.connect();
        MemberAdministration withKeycloakDown = new MemberAdministration();
        withKeycloakDown.authorization = authorization;
        withKeycloakDown.keycloak = unreachable;
        withKeycloakDown.members = members;
        withKeycloakDown.audit = audit;
        withKeycloakDown.requestActor = requestActor;
        NewPerson person = someone();

        PortalException refusal = assertThrows(PortalException.class, () -> withKeycloakDown.invite(admin, person));

        assertEquals(Reason.UNAVAILABLE, refusal.reason());
        assertEquals("admin.keycloak.unavailable", refusal.messageKey());
        assertTrue(administration.search(admin, new MemberQuery(person.email(), null, null, 0, 10)).isEmpty(),
                "no member was created");
    }
}
