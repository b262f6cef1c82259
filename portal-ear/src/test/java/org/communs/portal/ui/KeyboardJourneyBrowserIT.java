package org.communs.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.CollectiveSteps;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A member's main journey with the keyboard alone: Tab, Enter, Escape and typing, never a click,
 * and the focus visible at each stop (checked by {@link Browser#tabTo}). Others prepare with the
 * mouse what she needs: a collective and, once she is subscribed, a news item.
 */
@ExtendWith(BrowserExtension.class)
class KeyboardJourneyBrowserIT {

    @Test
    void aMemberSignsInSearchesSubscribesReadsTheBellAndUploadsWithTheKeyboardOnly(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Vergers " + run;
        try (Browser lucas = Browser.open(); Browser amina = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/");
            camille.signIn(DemoUser.ADMIN, "/");
            String collectiveId = CollectiveSteps.createLedBy(camille, name, lucas);

            // Sign in: Keycloak puts the focus in the user name field.
            amina.visit("/");
            amina.waitUntil(d -> "username".equals(amina.focused().getAttribute("id")));
            amina.press(DemoUser.MEMBER.login(), Keys.TAB, DemoUser.MEMBER.password(), Keys.ENTER);
            amina.waitUntil(d -> !d.findElements(By.id("user-name")).isEmpty());

            // The first stop of a page skips to its content.
            amina.press(Keys.TAB);
            assertEquals("skip-link", amina.focused().getAttribute("class"));
            amina.press(Keys.ENTER);
            assertEquals("content", amina.focused().getAttribute("id"));

            // The directory: search (the new count is announced), then open a profile.
            amina.tabTo(By.id("nav-directory")).press(Keys.ENTER);
            amina.waitUntil(d -> d.getCurrentUrl().contains("/directory/"));
            amina.tabTo(By.id("directory:q")).press("Lucas Bernard");
            By lucasCard = By.cssSelector("#directory\\:results a[href$='id=" + memberId(lucas) + "']");
            amina.waitUntil(d -> !d.findElements(lucasCard).isEmpty());
            amina.waitUntil(d -> d.findElement(By.cssSelector("[aria-live] #results-status")).getAttribute("textContent")
                    .equals(d.findElement(By.id("result-count")).getText()));
            amina.tabTo(lucasCard).press(Keys.ENTER);
            amina.waitUntil(d -> d.findElement(By.id("page-title")).getText().equals(DemoUser.LEAD.displayName()));

            // Collectives: subscribe to the new one.
            amina.tabTo(By.id("nav-collectives")).press(Keys.ENTER);
            amina.waitUntil(d -> d.getCurrentUrl().contains("/collectives/"));
            By subscribe = By.cssSelector("[data-collective='" + collectiveId + "'] button[id$='subscribe']");
            amina.tabTo(subscribe).press(Keys.ENTER);
            amina.waitUntil(d -> d.findElement(By.cssSelector("[data-collective='" + collectiveId + "']")).getText()
                    .contains("Se désabonner"));

            // The bell: open it, read the news item it announces; Escape closes a menu.
            CollectiveSteps.publishNews(lucas, collectiveId, "Taille des pommiers " + run, "Samedi matin.");
            amina.visit("/");
            amina.tabTo(By.cssSelector("#notifications > summary")).press(Keys.ENTER);
            amina.waitUntil(d -> d.findElement(By.id("notifications")).getAttribute("open") != null);
            amina.press(Keys.ESCAPE);
            amina.waitUntil(d -> d.findElement(By.id("notifications")).getAttribute("open") == null);
            assertEquals("summary", amina.focused().getTagName(), "the focus goes back to the bell");
            amina.press(Keys.ENTER);
            By item = By.xpath("//*[@id='notifications']//a[contains(@class,'notification')][contains(., 'Taille des pommiers " + run + "')]");
            amina.tabTo(item).press(Keys.ENTER);
            amina.waitUntil(d -> d.findElement(By.id("page-title")).getText().equals("Taille des pommiers " + run));

            // Documents: her own space, from the user menu, and the uploader's button.
            amina.tabTo(By.cssSelector("#user-menu > summary")).press(Keys.ENTER);
            amina.tabTo(By.id("my-documents")).press(Keys.ENTER);
            amina.waitUntil(d -> d.getCurrentUrl().contains("/documents/"));
            amina.tabTo(By.id("upload:files_input"));
            Path file = Files.createTempFile("compte-rendu-", ".txt");
            Files.writeString(file, "Compte rendu de la taille des pommiers");
            // The system's file chooser is out of the page's reach: Selenium fills the input it opens.
            amina.find(By.id("upload:files_input")).sendKeys(file.toString());
            amina.waitUntil(d -> d.findElement(By.id("listing")).getText().contains(file.getFileName().toString()));
            assertTrue(amina.text(By.id("messages")).contains(file.getFileName().toString()), "the upload is announced");
        }
    }

    private static long memberId(Browser browser) {
        return Json.object(RunningPortal.get("/api/v1/me", "Cookie", browser.portalCookies())).getJsonNumber("id").longValue();
    }
}
