package org.communs.portal.plugins.tasks.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.rest.Json.ErrorJson;
import org.communs.portal.testkit.TestPeople;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.junit.jupiter.api.Test;

/** The API refuses bad input with a 400 in the caller's language, before reading anything. */
class TasksResourceTest {

    private final TasksPortal portal = TasksPortal.with(new TestPeople().member(7, "Camille Martin"));
    private final TasksResource api = new TasksResource(portal.services());

    @Test
    void anEmptyTitleIsA400InFrench() {
        portal.signedIn(TasksPortal.member(7, "Camille Martin"));

        Response answer = api.createTask(3, body("{\"title\": \"  \"}"));

        assertEquals(400, answer.getStatus());
        assertEquals(new ErrorJson("Le titre est obligatoire.", "title"), answer.getEntity());
    }

    @Test
    void theSameInEnglishForAnEnglishReader() {
        portal.signedIn(new PortalMember(7, "Camille Martin", Locale.ENGLISH, Set.of("MEMBER")));

        Response answer = api.createTask(3, body("{\"title\": \"Budget\", \"startDate\": \"2026-03-10\", \"dueDate\": \"2026-03-01\"}"));

        assertEquals(400, answer.getStatus());
        assertEquals(new ErrorJson("The due date cannot be before the start date.", "dueDate"), answer.getEntity());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        portal.signedIn(TasksPortal.member(7, "Camille Martin"));

        Response answer = api.createTask(3, body("{\"title\": 12}"));

        assertEquals(400, answer.getStatus());
        assertEquals(new ErrorJson("Le champ « title » n’a pas le bon type.", "title"), answer.getEntity());
        assertEquals(400, api.createTask(3, body("{\"title\": \"Budget\", \"assignees\": [\"7\"]}")).getStatus());
        assertEquals(400, api.createTask(3, body("{\"title\": \"Budget\", \"priority\": \"CRITICAL\"}")).getStatus());
        assertEquals(400, api.createTask(3, body("{\"title\": \"" + "x".repeat(256) + "\"}")).getStatus());
    }

    @Test
    void anEditWithoutTheVersionReadIsRefused() {
        portal.signedIn(TasksPortal.member(7, "Camille Martin"));

        Response answer = api.edit(42, body("{\"title\": \"Budget\"}"));

        assertEquals(400, answer.getStatus());
        assertEquals("version", ((ErrorJson) answer.getEntity()).field());
        assertEquals(400, api.patch(42, body("{\"version\": \"3\"}")).getStatus());
    }

    @Test
    void anUnknownPriorityInAFilterIsA400() {
        portal.signedIn(TasksPortal.member(7, "Camille Martin"));

        Response answer = api.tasks(3, null, null, "SOON", null, null, null, null, 0, 50);

        assertEquals(400, answer.getStatus());
        assertEquals("priority", ((ErrorJson) answer.getEntity()).field());
    }

    @Test
    void aDueDateThatIsNotADateInAFilterIsA400NamingIt() {
        portal.signedIn(TasksPortal.member(7, "Camille Martin"));

        Response answer = api.tasks(3, null, null, null, null, null, "2026-13-01", null, 0, 50);

        assertEquals(400, answer.getStatus());
        assertEquals("dueFrom", ((ErrorJson) answer.getEntity()).field());
        assertEquals("Le début de la période d’échéance doit être une date (AAAA-MM-JJ).", ((ErrorJson) answer.getEntity()).error());
    }

    @Test
    void aPortalGuestCreatingTheOrganisationsSpaceIsRefusedForThePortalToAnswer403() {
        portal.signedIn(TasksPortal.guest(8, "Invité"));

        assertThrows(AccessDeniedException.class, () -> api.createSpace(body("{\"name\": \"Projets\", \"kind\": \"ORGANISATION\"}")));
    }

    private static JsonObject body(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
