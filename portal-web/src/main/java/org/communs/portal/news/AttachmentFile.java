package org.communs.portal.news;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * Judges a file a lead attaches to an item: a name without folders or control characters, a
 * known kind of document whose content matches its name (an executable renamed ".pdf" is
 * refused), and a size limit. Attachments are always served as downloads, never inline.
 */
final class AttachmentFile {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_ITEM = 5;
    static final int MAX_NAME = 200;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);

    /** Extension → the content type it is served with. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"));

    private AttachmentFile() {
    }

    /** The name without any folder part, control characters or surrounding dots and spaces. */
    static String cleanName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.chars().filter(c -> c >= 0x20 && c != 0x7F).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.name", MAX_NAME);
        }
        return name;
    }

    /** @return the content type to serve it with; @throws PortalException when the file is not accepted */
    static String contentType(String name, byte[] content) {
        if (content.length == 0) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null || !contentMatches(extension, content)) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.type");
        }
        return type;
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "odt", "ods", "odp", "docx", "xlsx", "pptx" -> startsWith(content, ZIP);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "gif" -> startsWith(content, GIF);
            // Text: no NUL byte in the first 8 KB (an executable has many).
            default -> {
                for (int i = 0; i < Math.min(content.length, 8192); i++) {
                    if (content[i] == 0) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
