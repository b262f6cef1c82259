package org.communs.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.communs.portal.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/** What the server sends for pages, checked at the HTTP level: statuses, escaping, headers. */
class PagesIT {

    private static HttpResponse<String> getAsMember(String path) {
        return RunningPortal.get(path, "Cookie", SignedInCookies.of(DemoUser.MEMBER));
    }

    @Test
    void anAnonymousVisitorIsSentToKeycloaksSignInForm() {
        HttpResponse<String> response = RunningPortal.get("/search.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("")
                .startsWith(TestKeycloak.url() + "/realms/portal/protocol/openid-connect/auth"));
    }

    @Test
    void theSignedOutPageIsPublic() {
        HttpResponse<String> response = RunningPortal.get("/signed-out.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Vous êtes déconnecté"), response.body());
    }

    @Test
    void theSignInUnavailablePageIsPublicAndSays503() {
        HttpResponse<String> response = RunningPortal.get("/sign-in-unavailable.xhtml");

        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("Service de connexion indisponible"), response.body());
    }

    @Test
    void aPathDisguisedAsAnApiCallDoesNotOpenAPage() {
        HttpResponse<String> response = RunningPortal.get("/api/..%2Fadmin/members.xhtml");

        // Liberty's web container refuses an encoded slash before any filter of the portal runs,
        // and answers it as a server error (OpenLiberty issue 27620 made other bad encodings 400).
        assertEquals(500, response.statusCode(), "status " + response.statusCode());
        assertFalse(response.body().contains("invite:email"));
    }

    @Test
    void anAnonymousApiCallIsNotRedirected() {
        assertEquals(401, RunningPortal.get("/api/v1/me").statusCode());
    }

    @Test
    void anUnknownPageAnswers404WithTheShellsPage() {
        HttpResponse<String> response = getAsMember("/no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertFalse(response.body().contains(".java:"), "no stack trace");
    }

    @Test
    void whatAMemberTypesInTheSearchBoxIsShownAsTextNeverAsMarkup() {
        String attack = "<script>alert('x')</script>";
        HttpResponse<String> response = getAsMember("/search.xhtml?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(attack), "the query must be escaped");
        assertTrue(response.body().contains("&lt;script&gt;"), response.body());
    }

    @Test
    void templatesAreNeverServed() {
        HttpResponse<String> response = getAsMember("/WEB-INF/templates/shell.xhtml");

        assertEquals(404, response.statusCode(), "status " + response.statusCode());
        assertFalse(response.body().contains("ui:insert"));
    }

    @Test
    void signingOutIsRefusedOverGet() {
        assertEquals(405, getAsMember("/sign-out").statusCode());
    }

    @Test
    void theServerDoesNotAdvertiseItself() {
        HttpResponse<String> response = RunningPortal.get("/signed-out.xhtml");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
    }
}
