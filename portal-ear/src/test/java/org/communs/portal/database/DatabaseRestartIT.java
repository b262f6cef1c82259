package org.communs.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The database stops while the portal runs, and starts again: {@code /health} says DOWN with the
 * reason, pages show the banner instead of failing, and within the README's 10 s of the database
 * answering again both are back to normal, without restarting the portal.
 */
class DatabaseRestartIT {

    private static final String BANNER = "id=\"database-banner\"";
    private static final String PAGE = "/accessibility.xhtml";

    @Test
    void whileTheDatabaseIsDownHealthSaysWhyAndPagesShowABannerAndBothRecoverWithinTenSeconds() throws Exception {
        assertEquals(200, RunningPortal.get("/health").statusCode(), "up before the outage");
        assertFalse(RunningPortal.get(PAGE).body().contains(BANNER));

        TestDatabase.stop();
        try {
            HttpResponse<String> health = awaitResponse("/health", r -> r.statusCode() == 503, Duration.ofSeconds(15));
            JsonObject report = Json.object(health);
            assertEquals("DOWN", report.getString("status"), health.body());
            JsonObject database = report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
            assertEquals("DOWN", database.getString("status"), health.body());
            assertFalse(database.getJsonObject("data").getString("problem").isBlank(), "the reason: " + health.body());

            HttpResponse<String> page = awaitResponse(PAGE, r -> r.body().contains(BANNER), Duration.ofSeconds(15));
            assertEquals(200, page.statusCode(), "the page still opens, with the banner");
            assertTrue(page.body().contains("base de données"), page.body());
        } finally {
            TestDatabase.start();
        }
        long back = System.nanoTime();
        awaitResponse("/health", r -> r.statusCode() == 200, Duration.ofSeconds(10));
        awaitResponse(PAGE, r -> r.statusCode() == 200 && !r.body().contains(BANNER), Duration.ofSeconds(10));
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        assertTrue(recovery.compareTo(Duration.ofSeconds(10)) <= 0, "recovered in " + recovery.toMillis() + " ms");
    }

    private static HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> expected, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        HttpResponse<String> response;
        do {
            response = RunningPortal.get(path, "Accept-Language", "fr");
            if (expected.test(response)) {
                return response;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not within " + patience.toSeconds() + " s: " + path + " answered "
                + response.statusCode() + " " + response.body());
    }
}
