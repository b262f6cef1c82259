package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

        // Over the size limit (100 MB on the test server): a sparse file, refused before it is sent.
        Path huge = dir.resolve("archives-" + run + ".zip");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(101L * 1024 * 1024);
        }

        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        camille.visit("/documents/index.xhtml?space=org");
        // The uploader sends each file by itself as soon as it is chosen (or dropped), with its progress bar.
        camille.find(By.id("upload:files_input")).sendKeys(statutes + "\n" + disguised + "\n" + huge);
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("facture-" + run + ".pdf"));
        String report = camille.text(By.id("messages"));
        assertTrue(report.contains("« statuts-" + run + ".pdf » déposé (version 1)"), report);
        assertTrue(report.contains("programmes"), "the refused file is named with its reason: " + report);
        assertTrue(camille.text(By.id("upload-refused")).contains("archives-" + run + ".zip » dépasse la taille maximale"),
                "the oversized file is named at once, without being sent");
        assertTrue(camille.text(By.id("listing")).contains("statuts-" + run + ".pdf"));
        assertFalse(camille.text(By.id("listing")).contains("archives-" + run), "nor stored");
        String fileId = camille.find(By.xpath("//tr[contains(., 'statuts-" + run + "')]")).getAttribute("data-file");

        try (Browser amina = Browser.open(); Browser gaspard = Browser.open()) {
            amina.signIn(DemoUser.MEMBER, "/documents/index.xhtml?space=org");
            assertTrue(amina.text(By.id("listing")).contains("statuts-" + run + ".pdf"));
            assertTrue(amina.findAll(By.id("upload:files_input")).isEmpty(), "members do not write the organisation's documents");
            HttpResponse<String> download = RunningPortal.get("/documents/file?id=" + fileId, "Cookie", amina.portalCookies());
            assertEquals(200, download.statusCode());
            assertTrue(download.body().contains("statuts " + run));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            gaspard.signIn(DemoUser.GUEST, "/index.xhtml");
            gaspard.visit("/documents/index.xhtml?space=org");
            assertTrue(gaspard.findAll(By.id("listing")).isEmpty(), "a guest does not see the organisation's documents");
            assertEquals(403, RunningPortal.get("/documents/file?id=" + fileId, "Cookie", gaspard.portalCookies()).statusCode(),
                    "the direct address of a file one may not read");
        }
    }

    /**
     * The journey: a lead uploads a PDF to their collective; a subscriber finds it by a
     * phrase inside it and downloads it; someone outside the collective sees it neither in the
     * listing, nor in the search, nor by its address (403); uploading it again makes version 2 and
     * version 1 can be restored.
     */
    @Test
    void aCollectivesPdfIsFoundByItsContentByItsMembersOnly(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String phrase = "compostage" + run.replaceAll("[0-9]", "z");
        try (Browser lucas = Browser.open(); Browser amina = Browser.open(); Browser gaspard = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/index.xhtml");
            camille.signIn(DemoUser.ADMIN, "/index.xhtml");
            String collectiveId = org.communs.portal.testing.CollectiveSteps.createLedBy(camille, "Compost " + run, lucas);

            amina.signIn(DemoUser.MEMBER, "/collectives/space.xhtml?id=" + collectiveId);
            amina.click(By.id("membership:subscribe"));
            amina.waitUntil(d -> !d.findElements(By.id("membership:choices")).isEmpty());

            Path dir = Files.createTempDirectory("compost");
            Path pdf = dir.resolve("guide-" + run + ".pdf");
            Files.write(pdf, pdfWith("Le " + phrase + " demande de retourner le tas chaque semaine."));
            lucas.visit("/collectives/space.xhtml?id=" + collectiveId);
            lucas.click(By.id("collective-documents"));
            lucas.find(By.id("upload:files_input")).sendKeys(pdf.toString());
            lucas.waitUntil(d -> d.findElement(By.id("listing")).getText().contains(pdf.getFileName().toString()));
            String fileId = lucas.find(By.xpath("//tr[contains(., 'guide-" + run + "')]")).getAttribute("data-file");
            // Its first page as a thumbnail in the listing.
            lucas.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "const img = document.querySelector(\"tr[data-file='" + fileId + "'] img.thumbnail\");"
                            + " return img !== null && img.complete && img.naturalWidth > 0;")));

            amina.waitUntil(d -> {
                d.get(RunningPortal.uri("/search.xhtml?q=" + phrase).toString());
                return d.findElement(By.id("document-results")).getText().contains("guide-" + run + ".pdf");
            });
            HttpResponse<String> download = RunningPortal.get("/documents/file?id=" + fileId, "Cookie", amina.portalCookies());
            assertEquals(200, download.statusCode());
            assertTrue(download.body().startsWith("%PDF"));

            gaspard.signIn(DemoUser.GUEST, "/index.xhtml");
            gaspard.visit("/search.xhtml?q=" + phrase);
            assertTrue(gaspard.findAll(By.cssSelector("#document-results a")).isEmpty(), "not in a stranger's search");
            gaspard.visit("/documents/index.xhtml?space=c" + collectiveId);
            assertTrue(gaspard.findAll(By.id("listing")).isEmpty(), "nor in a listing they may open");
            assertEquals(403, RunningPortal.get("/documents/file?id=" + fileId, "Cookie", gaspard.portalCookies()).statusCode());
            assertEquals(403, RunningPortal.get("/documents/thumbnail?id=" + fileId, "Cookie", gaspard.portalCookies()).statusCode(),
                    "nor its thumbnail");
            HttpResponse<byte[]> thumbnail = RunningPortal.getBytes("/documents/thumbnail?id=" + fileId, "Cookie", amina.portalCookies());
            assertEquals(200, thumbnail.statusCode());
            assertEquals("image/jpeg", thumbnail.headers().firstValue("Content-Type").orElse(""));
            java.awt.image.BufferedImage firstPage = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));
            assertEquals(240, firstPage.getHeight(), "the first page, 240 pixels high as every thumbnail");

            Files.write(pdf, pdfWith("Deuxieme version du guide " + phrase));
            lucas.find(By.id("upload:files_input")).sendKeys(pdf.toString());
            lucas.waitUntil(d -> d.findElement(By.xpath("//tr[@data-file='" + fileId + "']")).getText().contains("v2"));
            lucas.visit("/documents/file.xhtml?id=" + fileId);
            lucas.click(By.cssSelector("[data-version='1'] input[id$='restore']"));
            lucas.waitUntil(d -> d.findElement(By.cssSelector("[data-version='3']")).getText().contains("actuelle"));
            assertEquals(download.body(), RunningPortal.get("/documents/file?id=" + fileId, "Cookie", amina.portalCookies()).body(),
                    "version 1's content is current again");

            // A description and tags: shown to readers, and the tag finds the file.
            String tag = "lombric" + run.replaceAll("[0-9]", "q");
            lucas.typeInto(By.id("describe:description"), "Le guide pour les nouveaux <b>bénévoles</b>");
            lucas.typeInto(By.id("describe:tags"), "jardin, " + tag + ", Jardin");
            lucas.click(By.id("describe:save"));
            lucas.waitUntil(d -> d.findElement(By.id("tags")).getText().contains(tag));
            assertEquals(2, lucas.findAll(By.cssSelector("#tags .tag")).size(), "a tag given twice is kept once");
            amina.visit("/documents/file.xhtml?id=" + fileId);
            assertEquals("Le guide pour les nouveaux <b>bénévoles</b>", amina.text(By.id("description")), "shown as text");
            assertTrue(amina.findAll(By.id("describe:save")).isEmpty(), "subscribers read, they do not edit");
            amina.waitUntil(d -> {
                d.get(RunningPortal.uri("/search.xhtml?q=" + tag).toString());
                return d.findElement(By.id("document-results")).getText().contains("guide-" + run + ".pdf");
            });

            // Moved into a new folder: gone from the root, listed in the folder, still the same file.
            lucas.visit("/documents/index.xhtml?space=c" + collectiveId);
            lucas.typeInto(By.id("folder:name"), "Archives " + run);
            lucas.click(By.id("folder:create"));
            lucas.waitUntil(d -> d.findElement(By.id("listing")).getText().contains("Archives " + run));
            new org.openqa.selenium.support.ui.Select(lucas.find(By.id("move:target"))).selectByVisibleText("guide-" + run + ".pdf");
            new org.openqa.selenium.support.ui.Select(lucas.find(By.id("move:to"))).selectByVisibleText("Archives " + run);
            lucas.click(By.id("move:apply"));
            lucas.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Déplacé"));
            assertFalse(lucas.text(By.id("listing")).contains("guide-" + run), "no longer at the root");
            lucas.click(By.linkText("Archives " + run));
            lucas.waitUntil(d -> d.findElement(By.id("listing")).getText().contains("guide-" + run + ".pdf"));
            assertEquals(fileId, lucas.find(By.xpath("//tr[contains(., 'guide-" + run + "')]")).getAttribute("data-file"));
        }
    }

    private static byte[] pdfWith(String line) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(line);
                text.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
