package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin uploads two organisation documents at once (one of them a program in disguise); a
 * member finds the good one and downloads it; a guest sees neither the page nor the file's address.
 */
@ExtendWith(BrowserExtension.class)
class DocumentsBrowserIT {

    @Test
    void organisationDocumentsAreUploadedReadAndKeptFromGuests(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path dir = Files.createTempDirectory("documents");
        Path statutes = Files.writeString(dir.resolve("statuts-" + run + ".pdf"), "%PDF-1.4\n% statuts " + run + "\n");
        Path disguised = Files.write(dir.resolve("facture-" + run + ".pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});

        camille.signIn(DemoUser.ADMIN, "/documents/index.xhtml?space=org");
        camille.find(By.id("upload:files")).sendKeys(statutes + "\n" + disguised);
        camille.click(By.id("upload:send"));
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("1 fichier(s) déposé(s)"));
        assertTrue(camille.text(By.id("messages")).contains("facture-" + run + ".pdf"), "the refused file is named");
        assertTrue(camille.text(By.id("messages")).contains("programmes"), camille.text(By.id("messages")));
        assertTrue(camille.text(By.id("listing")).contains("statuts-" + run + ".pdf"));
        String fileId = camille.find(By.xpath("//tr[contains(., 'statuts-" + run + "')]")).getAttribute("data-file");

        try (Browser amina = Browser.open(); Browser gaspard = Browser.open()) {
            amina.signIn(DemoUser.MEMBER, "/documents/index.xhtml?space=org");
            assertTrue(amina.text(By.id("listing")).contains("statuts-" + run + ".pdf"));
            assertTrue(amina.findAll(By.id("upload:files")).isEmpty(), "members do not write the organisation's documents");
            HttpResponse<String> download = RunningPortal.get("/documents/file?id=" + fileId, "Cookie", amina.portalCookies());
            assertEquals(200, download.statusCode());
            assertTrue(download.body().contains("statuts " + run));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            gaspard.signIn(DemoUser.GUEST, "/index.xhtml");
            gaspard.visit("/documents/index.xhtml?space=org");
            assertTrue(gaspard.findAll(By.id("listing")).isEmpty(), "a guest does not see the organisation's documents");
            assertEquals(404, RunningPortal.get("/documents/file?id=" + fileId, "Cookie", gaspard.portalCookies()).statusCode());
        }
    }
}
