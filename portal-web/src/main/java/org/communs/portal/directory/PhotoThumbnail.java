package org.communs.portal.directory;

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
 * Turns an uploaded photo into the square JPEG thumbnail the directory shows. The upload is judged
 * by its content, not by its name or declared type, and its size is read before decoding, so a
 * small file claiming a gigantic image cannot exhaust the server's memory.
 */
final class PhotoThumbnail {

    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    static final int SIDE = 256;
    private static final long MAX_PIXELS = 40_000_000;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");

    private PhotoThumbnail() {
    }

    static byte[] of(byte[] upload) {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new PortalException(Reason.INVALID_INPUT, "profile.photo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
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
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new PortalException(Reason.INVALID_INPUT, "profile.photo.tooManyPixels");
                }
                return jpeg(squareThumbnail(reader.read(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PortalException refused) {
                throw refused;
            }
            throw notAnImage();
        }
    }

    private static PortalException notAnImage() {
        return new PortalException(Reason.INVALID_INPUT, "profile.photo.notImage");
    }

    /** The centre square, scaled; transparency becomes white (JPEG has none). */
    private static BufferedImage squareThumbnail(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        BufferedImage thumbnail = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, SIDE, SIDE);
            graphics.drawImage(image, 0, 0, SIDE, SIDE, x, y, x + side, y + side, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
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
