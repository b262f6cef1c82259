package org.communs.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Random;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A member fills in their profile; another finds them while typing, narrows with a facet, sees
 * them on the map, and never sees what they kept for the admins, in the page, the API or the vCard.
 */
@ExtendWith(BrowserExtension.class)
class DirectoryBrowserIT {

    private static final String PHONE = "06 11 22 33 44";

    /** A skill no earlier run used, in letters only so that it is one searchable word. */
    private static String uniqueSkill() {
        StringBuilder word = new StringBuilder("marqueterie");
        Random random = new Random();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void aProfileIsFoundWhileTypingNarrowedByAFacetAndShownOnTheMap(Browser amina) {
        String skill = uniqueSkill();
        amina.signIn(DemoUser.MEMBER, "/directory/edit.xhtml");
        amina.typeInto(By.id("profile:job"), "Graphiste")
                .typeInto(By.id("profile:skills"), "graphisme, " + skill)
                .typeInto(By.id("profile:town"), "Montpellier")
                .typeInto(By.id("profile:phones"), PHONE)
                .typeInto(By.id("profile:bio"), "<script>alert('x')</script> Bonjour !");
        new Select(amina.find(By.id("profile:visibility-TOWN"))).selectByValue("MEMBERS");
        new Select(amina.find(By.id("profile:visibility-LOCATION"))).selectByValue("MEMBERS");
        new Select(amina.find(By.id("profile:visibility-PHONES"))).selectByValue("ADMINS");
        amina.click(By.id("location-picker"));
        amina.waitUntil(d -> !d.findElement(By.id("profile:lat")).getAttribute("value").isEmpty());
        amina.click(By.id("profile:save"));

        assertEquals(DemoUser.MEMBER.displayName(), amina.text(By.id("page-title")));
        assertTrue(amina.text(By.id("bio")).contains("<script>alert('x')</script> Bonjour !"), "the bio shows as text");
        assertEquals(PHONE, amina.text(By.id("phones")), "she sees her own phone");
        String memberId = amina.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        try (Browser lucas = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/directory/index.xhtml");
            lucas.find(By.id("directory:q")).sendKeys("Benalli " + skill);
            lucas.waitUntil(d -> d.findElement(By.id("result-count")).getText().equals("1 membre"));
            assertTrue(lucas.text(By.id("directory:results")).contains(DemoUser.MEMBER.displayName()));

            lucas.click(By.cssSelector("[data-facet='skill'][data-value='graphisme']"));
            lucas.waitUntil(d -> d.findElement(By.cssSelector("[data-facet='skill'][data-value='graphisme']"))
                    .getAttribute("aria-pressed").equals("true"));
            assertEquals("1 membre", lucas.text(By.id("result-count")));

            lucas.click(By.id("directory:view-map"));
            lucas.waitUntil(d -> "1".equals(d.findElement(By.id("results-map")).getAttribute("data-marker-count")));
            assertFalse(lucas.findAll(By.cssSelector(".leaflet-marker-icon[title='" + DemoUser.MEMBER.displayName() + "']")).isEmpty());
            // The test server's tile server never answers: the map says so and keeps its markers.
            lucas.waitUntil(d -> d.findElement(By.cssSelector("#results-map .map-notice")).isDisplayed());
            assertEquals("Fond de carte indisponible : les membres restent placés.",
                    lucas.text(By.cssSelector("#results-map .map-notice")));
            assertFalse(lucas.driver().getPageSource().contains(PHONE));

            lucas.visit("/search.xhtml?q=" + skill);
            assertTrue(lucas.text(By.id("member-results")).contains(DemoUser.MEMBER.displayName()),
                    "the portal-wide search finds members too");

            lucas.visit("/directory/member.xhtml?id=" + memberId);
            assertEquals("Graphiste", lucas.text(By.id("job")));
            assertTrue(lucas.findAll(By.id("phones")).isEmpty(), "the phone is for admins");
            assertFalse(lucas.driver().getPageSource().contains(PHONE));

            lucas.visit("/directory/member.xhtml?id=abc");
            assertEquals("Page introuvable", lucas.text(By.id("page-title")), "an id that is not a number is no page");

            String cookies = lucas.portalCookies();
            HttpResponse<String> vcard = RunningPortal.get("/api/v1/members/" + memberId + "/vcard", "Cookie", cookies);
            assertEquals(200, vcard.statusCode());
            assertTrue(vcard.body().contains("FN:" + DemoUser.MEMBER.displayName()));
            assertFalse(vcard.body().contains("TEL") || vcard.body().contains("0611223344"), vcard.body());

            JsonObject profile = Json.object(RunningPortal.get("/api/v1/members/" + memberId, "Cookie", cookies));
            assertEquals("Graphiste", profile.getString("jobTitle"));
            assertTrue(profile.getJsonArray("phones").isEmpty());

            HttpResponse<String> byPhone = RunningPortal.get("/api/v1/directory/search?q=0611223344", "Cookie", cookies);
            assertFalse(byPhone.body().contains("\"memberId\":" + memberId + ","), byPhone.body());
            HttpResponse<String> bySkill = RunningPortal.get("/api/v1/directory/search?q=" + skill + "&skill=graphisme",
                    "Cookie", cookies);
            assertEquals(1, Json.object(bySkill).getInt("total"), bySkill.body());

            HttpResponse<String> badSort = RunningPortal.get("/api/v1/directory/search?sort=sideways", "Cookie", cookies,
                    "Accept-Language", "fr");
            assertEquals(400, badSort.statusCode());
            assertTrue(Json.object(badSort).getString("message").contains("sideways"), badSort.body());
            HttpResponse<String> badKm = RunningPortal.get("/api/v1/directory/search?near=Lyon&km=abc", "Cookie", cookies);
            assertEquals(400, badKm.statusCode(), badKm.body());
            assertTrue(Json.object(badKm).getString("message").contains("km"), badKm.body());
        }
    }

    @Test
    void anOversizedOrFakePhotoAndAHugeNameAreRefusedInTheMembersLanguage(Browser gaspard) throws Exception {
        gaspard.signIn(DemoUser.GUEST, "/directory/edit.xhtml");
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("not-a-photo", ".jpg");
        java.nio.file.Files.writeString(fake, "<svg onload=alert(1)></svg>");
        gaspard.find(By.id("photo:file")).sendKeys(fake.toString());
        gaspard.click(By.id("photo:upload"));
        gaspard.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("not a readable"));

        java.nio.file.Path big = java.nio.file.Files.createTempFile("huge-photo", ".jpg");
        java.nio.file.Files.write(big, new byte[6 * 1024 * 1024]);
        gaspard.find(By.id("photo:file")).sendKeys(big.toString());
        gaspard.click(By.id("photo:upload"));
        // The page reloads after the upload: wait for the new one rather than read the old message.
        gaspard.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("over 5 MB"));

        gaspard.script("document.getElementById('profile:firstName').removeAttribute('maxlength')");
        gaspard.typeInto(By.id("profile:firstName"), "G".repeat(2_000));
        gaspard.click(By.id("profile:save"));
        gaspard.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("100 characters at most"));
    }

    @Test
    void anAdminRebuildsTheIndexAndWatchesItsProgress(Browser camille) {
        camille.signIn(DemoUser.ADMIN, "/admin/search.xhtml");
        assertEquals("Index de recherche", camille.text(By.id("page-title")));
        // The page may already show the rebuild the server made at start: wait for this one's answer first.
        camille.click(By.id("rebuild:start"));
        camille.waitUntil(d -> d.findElement(By.id("rebuild:messages")).getText()
                .matches("(?s).*(Reconstruction lancée\\.|Une reconstruction est déjà en cours\\.).*"));
        camille.waitUntil(d -> d.findElement(By.id("status-text")).getText().startsWith("Index reconstruit"));
        // Counts are grouped the French way (5 536) once the test database holds thousands of members.
        assertTrue(camille.text(By.id("status-text")).matches("Index reconstruit : \\d[\\d\u202f\u00a0 ]* documents en \\d+ s\\."),
                camille.text(By.id("status-text")));

        camille.visit("/admin/audit.xhtml");
        assertTrue(camille.driver().getPageSource().contains("search.rebuild"), "the rebuild is in the audit log");

        try (Browser amina = Browser.open()) {
            amina.signIn(DemoUser.MEMBER, "/admin/search.xhtml");
            assertEquals("Accès refusé", amina.text(By.id("page-title")), "a member gets the 403 page");
            assertTrue(amina.findAll(By.id("rebuild:start")).isEmpty());
        }
    }
}
