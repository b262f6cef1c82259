package org.communs.portal.plugins.tasks.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.communs.portal.api.plugin.Audience;
import org.junit.jupiter.api.Test;

/** Who else sees a space's tasks: assignees, mentions and the search's audience depend on it. */
class SpaceCrowdTest {

    private static final java.util.function.LongFunction<Set<String>> MEMBERS = id -> Set.of("MEMBER");

    @Test
    void aPortalGuestHasNoPlaceInTheOrganisationsSpaceAndAnAdminOwnsIt() {
        SpaceCrowd crowd = new SpaceCrowd(new SpaceFacts(SpaceKind.ORGANISATION, null, null, false), Map.of(), Set.of(), Set.of(),
                id -> id == 1 ? Set.of("GUEST") : id == 2 ? Set.of("ADMIN") : Set.of("MEMBER"));

        assertTrue(crowd.roleOf(1, false).isEmpty(), "a portal guest cannot be assigned nor mentioned there");
        assertEquals(java.util.Optional.of(SpaceRole.OWNER), crowd.roleOf(2, false));
        assertEquals(java.util.Optional.of(SpaceRole.MEMBER), crowd.roleOf(3, false));
        assertFalse(crowd.seesTask(1, false));
    }

    @Test
    void theOrganisationsTasksAreFoundByEveryMemberUnlessSomeoneIsHeldBack() {
        SpaceCrowd open = new SpaceCrowd(new SpaceFacts(SpaceKind.ORGANISATION, null, null, false), Map.of(), Set.of(), Set.of(), MEMBERS);
        assertEquals(Audience.members(), open.audience(Set.of()));

        SpaceCrowd heldBack = new SpaceCrowd(new SpaceFacts(SpaceKind.ORGANISATION, null, null, false),
                Map.of(5L, SpaceRole.GUEST, 6L, SpaceRole.READER), Set.of(), Set.of(), MEMBERS);
        assertEquals(Audience.named(Set.of(6L, 5L)), heldBack.audience(Set.of(5L)));
        assertEquals(Audience.named(Set.of(6L)), heldBack.audience(Set.of()));
    }

    @Test
    void aCollectivesTasksAreFoundByItsPeopleAndTheGuestsTheyAreSharedWith() {
        SpaceCrowd crowd = new SpaceCrowd(new SpaceFacts(SpaceKind.COLLECTIVE, 4L, null, false),
                Map.of(3L, SpaceRole.GUEST, 20L, SpaceRole.READER), Set.of(1L, 2L, 3L), Set.of(1L), MEMBERS);

        assertEquals(Audience.named(Set.of(1L, 2L, 20L)), crowd.audience(Set.of()));
        assertEquals(Audience.named(Set.of(1L, 2L, 3L, 20L, 30L)), crowd.audience(Set.of(3L, 30L)));
    }

    @Test
    void othersSeeATaskAsTheirRoleSays() {
        SpaceCrowd crowd = new SpaceCrowd(new SpaceFacts(SpaceKind.PRIVATE, null, 7L, false),
                Map.of(8L, SpaceRole.GUEST, 9L, SpaceRole.READER), Set.of(), Set.of(), MEMBERS);

        assertTrue(crowd.seesTask(7, false));
        assertTrue(crowd.seesTask(9, false));
        assertFalse(crowd.seesTask(8, false));
        assertTrue(crowd.seesTask(8, true));
        assertFalse(crowd.seesTask(10, false));
        assertTrue(crowd.seesTask(10, true));
        assertEquals(Set.of(7L, 9L), crowd.named());
    }
}
