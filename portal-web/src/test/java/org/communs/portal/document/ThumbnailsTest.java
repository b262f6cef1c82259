package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.communs.portal.settings.PortalSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailsTest {

    @TempDir
    Path storageDir;

    private Thumbnails thumbnails;
    private BlobStore blobs;

    @BeforeEach
    void setUp() {
        DocumentStorage storage = new DocumentStorage();
        storage.settings = PortalSettings.of("Europe/Paris", "http://localhost:9080", storageDir, false);
        storage.open();
        blobs = storage.blobs();
        thumbnails = new Thumbnails();
        thumbnails.storage = storage;
    }

    @Test
    void aLargePictureBecomesASmallJpegKeptForTheNextTime() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 2000, 3000);
        g.dispose();
        String sha = store(encode(photo, "png"));

        Path thumbnail = thumbnails.of(sha, "image/png").orElseThrow();

        BufferedImage small = ImageIO.read(thumbnail.toFile());
        assertEquals(Thumbnails.SIDE, small.getWidth());
        assertEquals(180, small.getHeight());
        assertTrue(new Color(small.getRGB(10, 90)).getRed() > 200, "the left half stays red");
        assertTrue(new Color(small.getRGB(230, 90)).getRed() < 50, "the right half stays black");
        assertEquals(thumbnail, thumbnails.of(sha, "image/png").orElseThrow());
    }

    @Test
    void aPdfShowsItsFirstPage() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(Color.BLUE);
                content.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight() / 2);
                content.fill();
            }
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(pdf);
        }
        String sha = store(pdf.toByteArray());

        BufferedImage first = ImageIO.read(thumbnails.of(sha, "application/pdf").orElseThrow().toFile());

        assertEquals(Thumbnails.SIDE, first.getHeight(), "A4 is taller than wide: its height is the limit");
        assertTrue(first.getWidth() < first.getHeight());
        Color bottom = new Color(first.getRGB(first.getWidth() / 2, first.getHeight() - 10));
        Color top = new Color(first.getRGB(first.getWidth() / 2, 10));
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 50, "the blue lower half is drawn: " + bottom);
        assertTrue(top.getRed() > 200 && top.getBlue() > 200, "the upper half stays white: " + top);
    }

    @Test
    void aCorruptPdfHasNoThumbnailAndIsNotTriedAgain() throws IOException {
        String sha = store("%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII));

        assertEquals(Optional.empty(), thumbnails.of(sha, "application/pdf"));

        Path marker = storageDir.resolve("thumbnails").resolve(sha.substring(0, 2)).resolve(sha + ".none");
        assertTrue(Files.exists(marker));
        assertEquals(Optional.empty(), thumbnails.of(sha, "application/pdf"));
        thumbnails.forget(sha);
        assertFalse(Files.exists(marker));
    }

    @Test
    void otherTypesHaveNone() throws IOException {
        String sha = store("just some text".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), thumbnails.of(sha, "text/plain"));
        assertFalse(Thumbnails.drawable("application/zip"));
        assertFalse(Files.exists(storageDir.resolve("thumbnails")), "nothing is written for a type without preview");
    }

    @Test
    void aPictureClaimingBillionsOfPixelsIsNotDecoded() throws IOException {
        // A valid PNG header announcing 100,000 × 100,000 pixels, without the pixels.
        BufferedImage tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        byte[] png = encode(tiny, "png");
        png[16] = 0; png[17] = 1; png[18] = (byte) 0x86; png[19] = (byte) 0xA0;
        png[20] = 0; png[21] = 1; png[22] = (byte) 0x86; png[23] = (byte) 0xA0;
        String sha = store(png);

        assertEquals(Optional.empty(), thumbnails.of(sha, "image/png"));
    }

    private String store(byte[] content) throws IOException {
        return blobs.put(new ByteArrayInputStream(content), Long.MAX_VALUE).sha256();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
