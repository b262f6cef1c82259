package org.communs.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;

/** What the server sends for pages, checked at the HTTP level: statuses, escaping, headers. */
class PagesIT {

    @Test
    void anUnknownPageAnswers404WithTheShellsPage() {
        HttpResponse<String> response = RunningPortal.get("/no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertFalse(response.body().contains(".java:"), "no stack trace");
    }

    @Test
    void whatAVisitorTypesInTheSearchBoxIsShownAsTextNeverAsMarkup() {
        String attack = "<script>alert('x')</script>";
        HttpResponse<String> response = RunningPortal.get(
                "/search.xhtml?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains(attack), "the query must be escaped");
        assertTrue(response.body().contains("&lt;script&gt;"), response.body());
    }

    @Test
    void templatesAreNeverServed() {
        assertEquals(404, RunningPortal.get("/WEB-INF/templates/shell.xhtml").statusCode());
    }

    @Test
    void theServerDoesNotAdvertiseItself() {
        HttpResponse<String> response = RunningPortal.get("/");
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
    }
}
