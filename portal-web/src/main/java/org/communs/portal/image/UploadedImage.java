package org.communs.portal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * Turns an uploaded picture (a member's photo, a collective's logo, a news item's image) into a
 * JPEG the portal made itself. The upload is judged by its content, not by its name or declared
 * type, and its size is read before decoding, so a small file claiming a gigantic image cannot
 * exhaust the server's memory; nothing of the original file (metadata, trailing bytes) is kept.
 */
public final class UploadedImage {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    private UploadedImage() {
    }

    /** The centre square, scaled to side × side pixels. */
    public static byte[] square(byte[] upload, int side) {
        return jpegOf(upload, image -> squareThumbnail(image, side));
    }

    /** The whole picture, scaled down (never up) so that its longer side is at most maxSide. */
    public static byte[] bounded(byte[] upload, int maxSide) {
        return jpegOf(upload, image -> bounded(image, maxSide));
    }

    private static byte[] jpegOf(byte[] upload, java.util.function.UnaryOperator<BufferedImage> shape) {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new PortalException(Reason.INVALID_INPUT, "image.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            return jpeg(shape.apply(decoded(input, 0)));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PortalException refused) {
                throw refused;
            }
            throw notAnImage();
        }
    }

    /**
     * A preview of a stored picture of any size (a document), scaled down so that its longer side
     * is at most maxSide. A large picture is decoded one pixel in N, so a 100 MB photo costs about
     * as much memory as its preview.
     *
     * @throws PortalException when the file is not a JPEG, PNG or GIF the portal can read
     */
    public static byte[] preview(java.nio.file.Path file, int maxSide) {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            return jpeg(bounded(decoded(input, maxSide), maxSide));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PortalException refused) {
                throw refused;
            }
            throw notAnImage();
        }
    }

    /** A picture the portal drew itself (a PDF's first page), scaled down to maxSide, as a JPEG. */
    public static byte[] preview(BufferedImage image, int maxSide) {
        try {
            return jpeg(bounded(image, maxSide));
        } catch (IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
    }

    /**
     * The picture in the stream, once its format and size are known to be acceptable.
     *
     * @param targetSide when positive, the picture is read subsampled down to about twice that side
     */
    private static BufferedImage decoded(ImageInputStream input, int targetSide) throws IOException {
        Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
        if (readers == null || !readers.hasNext()) {
            throw notAnImage();
        }
        ImageReader reader = readers.next();
        try {
            if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                throw notAnImage();
            }
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new PortalException(Reason.INVALID_INPUT, "image.tooManyPixels");
            }
            javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
            int step = targetSide > 0 ? Math.max(1, Math.max(width, height) / (2 * targetSide)) : 1;
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    private static PortalException notAnImage() {
        return new PortalException(Reason.INVALID_INPUT, "image.notImage");
    }

    private static BufferedImage squareThumbnail(BufferedImage image, int target) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        return drawn(image, target, target, x, y, side, side);
    }

    private static BufferedImage bounded(BufferedImage image, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return drawn(image, width, height, 0, 0, image.getWidth(), image.getHeight());
    }

    /** The source rectangle drawn on a white canvas of the target size; transparency becomes white (JPEG has none). */
    private static BufferedImage drawn(BufferedImage image, int width, int height, int x, int y, int sourceWidth,
                                       int sourceHeight) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, x, y, x + sourceWidth, y + sourceHeight, null);
        } finally {
            graphics.dispose();
        }
        return canvas;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
