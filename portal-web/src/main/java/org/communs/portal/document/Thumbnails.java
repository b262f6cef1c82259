package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.communs.portal.image.UploadedImage;

/**
 * Preview thumbnails of pictures and of a PDF's first page: JPEGs of at most {@value #SIDE}
 * pixels a side, made once per content and kept beside the blob store under
 * {@code <portal.storage.dir>/thumbnails/}, named by the content's SHA-256 like the blob itself
 * (so a thumbnail is never stale and identical files share one). A file that cannot be drawn
 * leaves an empty marker, so it is not tried again at every listing.
 */
@ApplicationScoped
public class Thumbnails {

    public static final int SIDE = 240;
    private static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif");
    private static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

    /** Drawing a PDF page takes memory and CPU: two at a time, whatever the number of listings open. */
    private static final int DRAWING_AT_ONCE = 2;

    @Inject
    DocumentStorage storage;

    private final java.util.concurrent.Semaphore drawing = new java.util.concurrent.Semaphore(DRAWING_AT_ONCE);

    /** Whether files of this (detected) type get a thumbnail. */
    public static boolean drawable(String contentType) {
        return PICTURES.contains(contentType) || PDF.equals(contentType);
    }

    /**
     * The thumbnail of a stored content, made now if it was not yet.
     *
     * @return the JPEG file, or empty when the type has none or the content cannot be drawn
     */
    public Optional<Path> of(String sha256, String contentType) {
        if (!drawable(contentType)) {
            return Optional.empty();
        }
        Path jpeg = file(sha256, ".jpg");
        if (Files.exists(jpeg)) {
            return Optional.of(jpeg);
        }
        Path failed = file(sha256, ".none");
        if (Files.exists(failed)) {
            return Optional.empty();
        }
        try {
            if (!drawing.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            if (Files.exists(jpeg)) {
                return Optional.of(jpeg);
            }
            byte[] drawn = draw(storage.blobs().path(sha256), contentType);
            write(jpeg, drawn);
            return Optional.of(jpeg);
        } catch (IOException | RuntimeException undrawable) {
            LOG.info("No thumbnail for " + sha256 + " (" + contentType + "): " + undrawable);
            try {
                write(failed, new byte[0]);
            } catch (IOException ignored) {
                // Tried again next time: nothing is lost.
            }
            return Optional.empty();
        } finally {
            drawing.release();
        }
    }

    /** Forgets the thumbnail of a content no longer stored (the purge calls it with the blob). */
    public void forget(String sha256) {
        try {
            Files.deleteIfExists(file(sha256, ".jpg"));
            Files.deleteIfExists(file(sha256, ".none"));
        } catch (IOException e) {
            LOG.warning("Could not delete the thumbnail of " + sha256 + ": " + e);
        }
    }

    private static byte[] draw(Path blob, String contentType) throws IOException {
        if (!PDF.equals(contentType)) {
            return UploadedImage.preview(blob, SIDE);
        }
        try (PDDocument pdf = Loader.loadPDF(blob.toFile())) {
            if (pdf.getNumberOfPages() == 0) {
                throw new IOException("no page");
            }
            PDRectangle page = pdf.getPage(0).getCropBox();
            // One point = one pixel at scale 1: scale so that the longer side is SIDE pixels.
            float scale = SIDE / Math.max(1f, Math.max(page.getWidth(), page.getHeight()));
            PDFRenderer renderer = new PDFRenderer(pdf);
            // Pictures inside the page are read at the preview's size, not their own.
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImage(0, Math.min(scale, 2f), ImageType.RGB);
            return UploadedImage.preview(image, SIDE);
        }
    }

    private Path file(String sha256, String suffix) {
        // The digest comes from our own database; checked anyway, since it becomes a path.
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return storage.thumbnailDirectory().resolve(sha256.substring(0, 2)).resolve(sha256 + suffix);
    }

    /** Written under another name then moved, so a reader never sees half a thumbnail. */
    private static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(UUID.randomUUID() + ".part");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
