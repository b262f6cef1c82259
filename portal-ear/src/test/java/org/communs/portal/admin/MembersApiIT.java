package org.communs.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/** The member API enforces the same rules as the admin page, for calls that bypass the UI. */
class MembersApiIT {

    private static HttpResponse<String> get(String path, DemoUser user) {
        return RunningPortal.get(path, "Cookie", SignedInCookies.of(user));
    }

    @Test
    void aMemberCannotListMembersThroughTheApi() {
        HttpResponse<String> response = get("/api/v1/members", DemoUser.MEMBER);

        assertEquals(403, response.statusCode());
        assertEquals("forbidden", Json.object(response).getString("error"));
    }

    @Test
    void aGuestAndALeadCannotEither() {
        assertEquals(403, get("/api/v1/members", DemoUser.GUEST).statusCode());
        assertEquals(403, get("/api/v1/members", DemoUser.LEAD).statusCode());
    }

    @Test
    void anAdminListsAndFiltersMembers() {
        HttpResponse<String> response = get("/api/v1/members?q=camille&role=admin", DemoUser.ADMIN);

        assertEquals(200, response.statusCode(), response.body());
        var members = Json.array(response).getValuesAs(JsonObject.class);
        assertTrue(members.stream().anyMatch(m -> m.getString("username").equals("camille")), response.body());
        assertTrue(members.stream().allMatch(m -> m.getJsonArray("roles").toString().contains("ADMIN")), response.body());
    }

    @Test
    void aBadFilterIsAClearError() {
        HttpResponse<String> response = get("/api/v1/members?role=boss", DemoUser.ADMIN);

        assertEquals(400, response.statusCode());
        assertEquals("Le rôle « boss » n'existe pas.", Json.object(response).getString("message"));
    }

    @Test
    void everyoneSignedInCanAskWhoTheyAre() {
        HttpResponse<String> response = get("/api/v1/me", DemoUser.GUEST);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("gaspard", Json.object(response).getString("username"));
    }
}
