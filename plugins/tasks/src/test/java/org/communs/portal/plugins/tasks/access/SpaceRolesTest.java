package org.communs.portal.plugins.tasks.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.plugin.PortalMember;
import org.junit.jupiter.api.Test;

/** Who has which role in a space by default, and how an explicit row overrides it. */
class SpaceRolesTest {

    private static final SpaceFacts ORGANISATION = new SpaceFacts(SpaceKind.ORGANISATION, null, null, false);
    private static final SpaceFacts COLLECTIVE_4 = new SpaceFacts(SpaceKind.COLLECTIVE, 4L, null, false);
    private static final SpaceFacts PRIVATE_OF_7 = new SpaceFacts(SpaceKind.PRIVATE, null, 7L, false);

    private static final Person CAMILLE = person(7, "MEMBER");
    private static final Person INVITED = person(8, "GUEST");
    private static final Person ADMIN = person(9, "ADMIN");
    private static final Person LEAD_OF_4 = new Person(10, "Léa", false, true, Set.of(4L), Set.of(4L));
    private static final Person MEMBER_OF_4 = new Person(11, "Malo", false, true, Set.of(4L), Set.of());

    @Test
    void inTheOrganisationsSpaceEveryMemberWorksAdminsOwnAndPortalGuestsAreOut() {
        assertEquals(Optional.of(SpaceRole.MEMBER), role(ORGANISATION, CAMILLE));
        assertEquals(Optional.of(SpaceRole.OWNER), role(ORGANISATION, ADMIN));
        assertEquals(Optional.empty(), role(ORGANISATION, INVITED));
    }

    @Test
    void inACollectivesSpaceLeadsOwnMembersWorkOthersAreOut() {
        assertEquals(Optional.of(SpaceRole.OWNER), role(COLLECTIVE_4, LEAD_OF_4));
        assertEquals(Optional.of(SpaceRole.MEMBER), role(COLLECTIVE_4, MEMBER_OF_4));
        assertEquals(Optional.of(SpaceRole.OWNER), role(COLLECTIVE_4, ADMIN));
        assertEquals(Optional.empty(), role(COLLECTIVE_4, CAMILLE));
        assertEquals(Optional.empty(), role(new SpaceFacts(SpaceKind.COLLECTIVE, 5L, null, false), LEAD_OF_4));
    }

    @Test
    void aPrivateSpaceIsItsOwnersOnlyNotEvenAnAdmins() {
        assertEquals(Optional.of(SpaceRole.OWNER), role(PRIVATE_OF_7, CAMILLE));
        assertEquals(Optional.empty(), role(PRIVATE_OF_7, ADMIN));
        assertEquals(Optional.empty(), role(PRIVATE_OF_7, MEMBER_OF_4));
    }

    @Test
    void anExplicitRowOverridesTheDefault() {
        assertEquals(Optional.of(SpaceRole.READER),
                SpaceRoles.roleOf(ORGANISATION, CAMILLE, Optional.of(SpaceRole.READER), false));
        assertEquals(Optional.of(SpaceRole.GUEST),
                SpaceRoles.roleOf(COLLECTIVE_4, LEAD_OF_4, Optional.of(SpaceRole.GUEST), false));
        assertEquals(Optional.of(SpaceRole.MEMBER),
                SpaceRoles.roleOf(ORGANISATION, INVITED, Optional.of(SpaceRole.MEMBER), false));
        assertEquals(Optional.of(SpaceRole.GUEST),
                SpaceRoles.roleOf(PRIVATE_OF_7, INVITED, Optional.of(SpaceRole.GUEST), false));
    }

    @Test
    void theOwnerOfAPrivateSpaceCannotBeLockedOut() {
        assertEquals(Optional.of(SpaceRole.OWNER), SpaceRoles.roleOf(PRIVATE_OF_7, CAMILLE, Optional.of(SpaceRole.READER), false));
    }

    @Test
    void someoneWithoutARoleWhoWasSharedATaskIsTheSpacesGuest() {
        assertEquals(Optional.of(SpaceRole.GUEST), SpaceRoles.roleOf(ORGANISATION, INVITED, Optional.empty(), true));
        assertEquals(Optional.of(SpaceRole.GUEST), SpaceRoles.roleOf(PRIVATE_OF_7, ADMIN, Optional.empty(), true));
        // A share never lowers a role.
        assertEquals(Optional.of(SpaceRole.MEMBER), SpaceRoles.roleOf(ORGANISATION, CAMILLE, Optional.empty(), true));
    }

    @Test
    void portalGuestsAreNotInsidersButAdminsAndMembersAre() {
        assertFalse(Person.isInsider(new PortalMember(1, "Invité", Locale.FRENCH, Set.of("GUEST"))));
        assertTrue(Person.isInsider(new PortalMember(2, "Camille", Locale.FRENCH, Set.of("MEMBER"))));
        assertTrue(Person.isInsider(new PortalMember(3, "Admin", Locale.FRENCH, Set.of("ADMIN"))));
        assertFalse(Person.isInsider(new PortalMember(4, "Personne", Locale.FRENCH, Set.of())));
    }

    private static Optional<SpaceRole> role(SpaceFacts space, Person person) {
        return SpaceRoles.roleOf(space, person, Optional.empty(), false);
    }

    private static Person person(long id, String role) {
        return Person.of(new PortalMember(id, "M" + id, Locale.FRENCH, Set.of(role)), Set.of(), Set.of());
    }
}
