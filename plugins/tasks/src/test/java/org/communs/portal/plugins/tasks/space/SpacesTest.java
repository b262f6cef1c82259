package org.communs.portal.plugins.tasks.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.testkit.TestPeople;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.junit.jupiter.api.Test;

/**
 * Creating a space is refused, before anything is read or written, to whoever may not (the test
 * kit's database fails the test if it is reached).
 */
class SpacesTest {

    private final TestPeople people = new TestPeople()
            .member(7, "Camille Martin").member(8, "Invité Externe").member(10, "Léa Roux").member(11, "Malo Petit")
            .collective(4, "Jardin partagé", false).collective(5, "Ancien collectif", true)
            .leads(10, 4).belongs(11, 4).leads(10, 5);
    private final TasksPortal portal = TasksPortal.with(people);
    private final TasksServices services = portal.services();

    @Test
    void theActingMemberComesWithTheCollectivesTheyBelongToAndLead() {
        portal.signedIn(TasksPortal.member(10, "Léa Roux"));

        Person lea = services.currentPerson();

        assertEquals(Set.of(4L, 5L), lea.collectives());
        assertEquals(Set.of(4L, 5L), lea.leads());
        assertEquals("Léa Roux", lea.name());
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThrows(AccessDeniedException.class, services::currentPerson);
    }

    @Test
    void aPortalGuestCannotCreateTheOrganisationsSpace() {
        portal.signedIn(TasksPortal.guest(8, "Invité Externe"));

        assertThrows(AccessDeniedException.class,
                () -> services.spaces().create(services.currentPerson(), "Projets", "ORGANISATION", null));
        assertEquals(List.of(), portal.auditedActions());
    }

    @Test
    void onlyALeadOfTheCollectiveOrAnAdminCreatesItsSpace() {
        portal.signedIn(TasksPortal.member(11, "Malo Petit"));
        assertThrows(AccessDeniedException.class,
                () -> services.spaces().create(services.currentPerson(), "Potager", "COLLECTIVE", 4L));

        portal.signedIn(TasksPortal.member(7, "Camille Martin"));
        assertThrows(AccessDeniedException.class,
                () -> services.spaces().create(services.currentPerson(), "Potager", "COLLECTIVE", 4L));
        assertEquals(List.of(), portal.auditedActions());
    }

    @Test
    void aCollectivesSpaceNeedsALiveCollective() {
        portal.signedIn(TasksPortal.member(10, "Léa Roux"));
        Person lea = services.currentPerson();

        assertEquals("error.spaceCollective.missing", refusal(() -> services.spaces().create(lea, "Potager", "COLLECTIVE", null)));
        assertEquals("error.spaceCollective.unknown", refusal(() -> services.spaces().create(lea, "Potager", "COLLECTIVE", 5L)));
        assertEquals("error.spaceCollective.unknown", refusal(() -> services.spaces().create(lea, "Potager", "COLLECTIVE", 99L)));
    }

    @Test
    void theKindAndTheNameAreChecked() {
        portal.signedIn(TasksPortal.member(10, "Léa Roux"));
        Person lea = services.currentPerson();

        assertEquals("error.spaceKind.unknown", refusal(() -> services.spaces().create(lea, "Potager", "PUBLIC", null)));
        assertEquals("error.spaceName.missing", refusal(() -> services.spaces().create(lea, "  ", "COLLECTIVE", 4L)));
        assertEquals("error.spaceName.tooLong", refusal(() -> services.spaces().create(lea, "x".repeat(256), "PRIVATE", null)));
    }

    @Test
    void collectivesOfferedForANewSpaceAreTheLiveOnesTheMemberLeads() {
        portal.signedIn(TasksPortal.member(10, "Léa Roux"));
        assertEquals(List.of(4L), services.spaces().collectivesFor(services.currentPerson()).stream().map(c -> c.id()).toList());

        portal.signedIn(TasksPortal.member(11, "Malo Petit"));
        assertEquals(List.of(), services.spaces().collectivesFor(services.currentPerson()));
    }

    @Test
    void aCollectiveWithoutThePluginOnHasNoSpaceOfferedNorCreated() {
        portal.enabledOnlyFor(collective -> collective != 4);
        portal.signedIn(TasksPortal.member(10, "Léa Roux"));
        Person lea = services.currentPerson();

        assertEquals(List.of(), services.spaces().collectivesFor(lea));
        assertEquals("error.spaceCollective.off", refusal(() -> services.spaces().create(lea, "Potager", "COLLECTIVE", 4L)));
        assertEquals(List.of(), portal.auditedActions());
    }

    private static String refusal(org.junit.jupiter.api.function.Executable creation) {
        return assertThrows(InvalidInputException.class, creation).messageKey();
    }
}
