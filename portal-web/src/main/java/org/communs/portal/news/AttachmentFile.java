package org.communs.portal.news;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.communs.portal.document.ContentTypes;
import org.communs.portal.document.FileNames;
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
        try {
            return FileNames.clean(submitted, MAX_NAME);
        } catch (PortalException refused) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.name", MAX_NAME);
        }
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
        String expected = TYPES.get(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT));
        String detected;
        try {
            detected = ContentTypes.detect(Arrays.copyOf(content, Math.min(content.length, ContentTypes.HEAD)), name);
        } catch (PortalException program) {
            detected = null;
        }
        // The content must be what the name says: an executable renamed ".pdf" is neither.
        if (expected == null || !expected.equals(detected)) {
            throw new PortalException(Reason.INVALID_INPUT, "news.attachment.type");
        }
        return expected;
    }
}
