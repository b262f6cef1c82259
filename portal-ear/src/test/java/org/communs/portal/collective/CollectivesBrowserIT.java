package org.communs.portal.collective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.CollectiveSteps;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.TestMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The collectives journey in a browser, with the real SMTP server of the tests: an admin creates a
 * collective and names its lead; a member subscribes; the lead publishes an item that reaches the
 * member's feed and bell, then sends a mailing; the member unsubscribes from the mail's link and
 * the next mailing no longer reaches them.
 */
@ExtendWith(BrowserExtension.class)
class CollectivesBrowserIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final String AMINA_MAIL = "amina.benali@example.org";
    private static final String LUCAS_MAIL = "lucas.bernard@example.org";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://[^\\s\"<>]+/unsubscribe\\?t=[A-Za-z0-9_.-]+");

    @Test
    void aCollectiveFromCreationToMailing(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Jardins partagés " + run;

        try (Browser lucas = Browser.open(); Browser amina = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/index.xhtml");
            String lucasId = String.valueOf(Json.object(RunningPortal.get("/api/v1/me", "Cookie", lucas.portalCookies()))
                    .getJsonNumber("id").longValue());

            // The admin creates the collective and names Lucas its lead.
            camille.signIn(DemoUser.ADMIN, "/collectives/index.xhtml");
            camille.click(By.id("new-collective"));
            camille.typeInto(By.id("collective:name"), name)
                    .typeInto(By.id("collective:summary"), "Potagers du quartier");
            new Select(camille.find(By.id("collective:type"))).selectByIndex(1);
            camille.find(By.cssSelector("#collective\\:description .ql-editor")).sendKeys("Bienvenue au jardin");
            camille.typeInto(By.cssSelector("[id$='0:label']"), "Dossier partagé")
                    .typeInto(By.cssSelector("[id$='0:url']"), "https://cloud.example.org/s/jardins");
            camille.click(By.id("collective:save"));
            camille.waitUntil(d -> d.getCurrentUrl().contains("/collectives/space.xhtml"));
            assertEquals(name, camille.text(By.id("page-title")));
            camille.keepScreenshot("journey-collective-space-admin");
            assertTrue(camille.text(By.id("description")).contains("Bienvenue au jardin"));
            String collectiveId = camille.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            camille.visit("/collectives/edit.xhtml?id=" + collectiveId);
            camille.find(By.id("leads:new-lead:input_input")).sendKeys("Lucas Ber");
            // The member picker's suggestions carry the member's id: two people of one name are told apart.
            camille.click(By.cssSelector(".ui-autocomplete-item[data-item-value='" + lucasId + "']"));
            camille.click(By.id("leads:name-lead"));
            camille.waitUntil(d -> d.findElement(By.id("lead-list")).getText().contains(DemoUser.LEAD.displayName()));

            // Amina finds it and subscribes in one click.
            amina.signIn(DemoUser.MEMBER, "/collectives/index.xhtml?q=" + run);
            amina.click(By.cssSelector("[data-collective='" + collectiveId + "'] button[id$='subscribe']"));
            amina.waitUntil(d -> d.findElement(By.cssSelector("[data-collective='" + collectiveId + "']")).getText()
                    .contains("Se désabonner"));
            amina.keepScreenshot("journey-collectives-list");

            // The portal's search finds the collective too.
            amina.visit("/search.xhtml?q=" + run);
            assertTrue(amina.text(By.id("collective-results")).contains(name), amina.text(By.id("collective-results")));

            // Lucas exports his subscribers (the README's CSV for leads); Amina may not; the export is audited.
            java.net.http.HttpResponse<String> csv = RunningPortal.get("/collectives/subscribers.csv?id=" + collectiveId,
                    "Cookie", lucas.portalCookies());
            assertEquals(200, csv.statusCode());
            List<String> rows = csv.body().lines().toList();
            assertEquals("\uFEFFname,email,town,since,state,delivery,mailings", rows.getFirst());
            assertEquals(2, rows.size(), "the header and Amina: " + csv.body());
            // Her e-mail address and town stay empty: she does not show them to other members.
            assertTrue(rows.get(1).matches("\"Amina Benali\",,,\"[0-9T:.-]+Z\",ACTIVE,PORTAL,true"), rows.get(1));
            assertEquals(403, RunningPortal.get("/collectives/subscribers.csv?id=" + collectiveId,
                    "Cookie", amina.portalCookies()).statusCode());
            String audit = RunningPortal.get("/admin/audit.csv?action=subscription.exported", "Cookie", camille.portalCookies()).body();
            assertTrue(audit.contains("\"Lucas Bernard (lucas)\",\"subscription.exported\",\"collective\",\"" + collectiveId + "\""), audit);

            // Lucas publishes an item: one more unread notice in Amina's bell, whatever it held before.
            int unreadBefore = unread(amina);
            CollectiveSteps.publishNews(lucas, collectiveId, "Semis de printemps " + run, "Rendez-vous samedi au jardin.");
            lucas.keepScreenshot("journey-news-edit");
            java.nio.file.Path pdf = java.nio.file.Files.createTempFile("programme-", ".pdf");
            java.nio.file.Files.writeString(pdf, "%PDF-1.4\n% programme des semis\n");
            lucas.find(By.id("attachments:file")).sendKeys(pdf.toString());
            lucas.click(By.id("attachments:attach"));
            lucas.waitUntil(d -> d.findElement(By.id("attachment-list")).getText().contains(pdf.getFileName().toString()));

            // It is in Amina's feed, marked new, and in her bell.
            amina.visit("/index.xhtml");
            String card = "[data-news] h3";
            assertTrue(amina.text(By.id("feed")).contains("Semis de printemps " + run), amina.text(By.id("feed")));
            assertTrue(amina.find(By.cssSelector("#feed .news-card.unread")).getText().contains("Semis de printemps " + run));
            assertEquals(unreadBefore + 1, unread(amina));
            amina.keepScreenshot("journey-home-feed");
            amina.click(By.cssSelector("#notifications summary"));
            amina.keepScreenshot("journey-bell");
            amina.findAll(By.cssSelector("#notifications .notification")).stream()
                    .filter(n -> n.getText().contains("Semis de printemps " + run)).findFirst().orElseThrow().click();
            amina.waitUntil(d -> d.getCurrentUrl().contains("/news/item.xhtml"));
            assertEquals("Semis de printemps " + run, amina.text(By.id("page-title")));
            assertTrue(amina.text(By.id("attachments")).contains(".pdf"), "the attachment is listed for readers");
            amina.visit("/index.xhtml");
            assertTrue(amina.findAll(By.cssSelector("#feed .news-card.unread")).stream()
                    .noneMatch(c -> c.getText().contains("Semis de printemps " + run)), "read items lose their marker");
            assertEquals(1, amina.findAll(By.cssSelector(card)).stream()
                    .filter(c -> c.getText().contains("Semis de printemps " + run)).count(), "still in her feed, once");

            // Lucas writes a mailing, tests it on himself, then sends it.
            lucas.visit("/mailings/edit.xhtml?collective=" + collectiveId);
            lucas.typeInto(By.id("mailing:subject"), "Assemblée " + run);
            lucas.find(By.cssSelector("#mailing\\:body .ql-editor")).sendKeys("Ordre du jour : les semis.");
            lucas.click(By.id("mailing:test"));
            lucas.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(LUCAS_MAIL));
            assertEquals(1, TestMailbox.await(LUCAS_MAIL, TestMailbox.withSubject("[Test] Assemblée " + run), 1, MAIL_WAIT).size());
            lucas.click(By.id("mailing:send"));
            lucas.driver().switchTo().alert().accept();
            lucas.waitUntil(d -> d.getCurrentUrl().contains("/mailings/status.xhtml"));
            assertEquals("1", lucas.text(By.id("count-all")));

            List<MimeMessage> received = TestMailbox.await(AMINA_MAIL, TestMailbox.withSubject("Assemblée " + run), 1, MAIL_WAIT);
            assertEquals(1, received.size());
            lucas.waitUntil(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("count-SENT")).getText().equals("1");
            });
            lucas.keepScreenshot("journey-mailing-status");

            // The mail's link unsubscribes her, without signing in.
            Matcher link = UNSUBSCRIBE.matcher(TestMailbox.text(received.getFirst()));
            assertTrue(link.find());
            try (Browser outside = Browser.open()) {
                outside.driver().get(link.group());
                assertTrue(outside.text(By.tagName("body")).contains(name));
                outside.keepScreenshot("journey-unsubscribe");
                outside.click(By.id("unsubscribe"));
                outside.waitUntil(d -> !d.findElements(By.id("done")).isEmpty());
                assertTrue(outside.text(By.id("done")).contains(name));
            }

            // The next mailing reaches nobody.
            lucas.visit("/collectives/space.xhtml?id=" + collectiveId).keepScreenshot("journey-collective-space-lead");
            lucas.visit("/mailings/edit.xhtml?collective=" + collectiveId);
            lucas.typeInto(By.id("mailing:subject"), "Compte rendu " + run);
            lucas.find(By.cssSelector("#mailing\\:body .ql-editor")).sendKeys("Merci à tous." + Keys.ENTER);
            lucas.click(By.id("mailing:send"));
            lucas.driver().switchTo().alert().accept();
            lucas.waitUntil(d -> d.getCurrentUrl().contains("/mailings/status.xhtml"));
            // No recipient means no outbox row: nothing can reach her later.
            assertEquals("0", lucas.text(By.id("count-all")));
            assertTrue(TestMailbox.messages(AMINA_MAIL).stream().noneMatch(TestMailbox.withSubject("Compte rendu " + run)));
        }
    }

    /** The number on the bell of the page shown; no badge means none. */
    private static int unread(Browser member) {
        List<org.openqa.selenium.WebElement> badge = member.findAll(By.id("topbar:bell-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.getFirst().getText());
    }
}
