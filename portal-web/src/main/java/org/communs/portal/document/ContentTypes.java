package org.communs.portal.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * The type of an uploaded file, from its first bytes rather than its name: an executable renamed
 * {@code .pdf} is recognised and refused. Whatever the type, files are served as downloads
 * ({@code Content-Disposition: attachment}, {@code nosniff}), so an HTML file with scripts never
 * runs inside the portal.
 */
public final class ContentTypes {

    /** How many bytes the detection looks at. */
    public static final int HEAD = 8192;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WINDOWS_EXE = {'M', 'Z'};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};
    private static final byte[] MACH_O = {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE};
    private static final byte[] SHEBANG = {'#', '!'};

    private static final Map<String, String> OFFICE = Map.of(
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "odp", "application/vnd.oasis.opendocument.presentation",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private ContentTypes() {
    }

    /**
     * @param head the first bytes of the file (up to {@link #HEAD})
     * @throws PortalException invalid input: an empty file ({@code files.error.empty}) or a program
     *                         ({@code files.error.executable})
     */
    public static String detect(byte[] head, String name) {
        if (head.length == 0) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.empty");
        }
        if (startsWith(head, WINDOWS_EXE) || startsWith(head, ELF) || startsWith(head, MACH_O) || startsWith(head, SHEBANG)) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.executable");
        }
        if (startsWith(head, PDF)) {
            return "application/pdf";
        }
        if (startsWith(head, ZIP)) {
            return OFFICE.getOrDefault(extension(name), "application/zip");
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, GIF)) {
            return "image/gif";
        }
        for (byte b : head) {
            if (b == 0) {
                return "application/octet-stream";
            }
        }
        return "csv".equals(extension(name)) ? "text/csv; charset=UTF-8" : "text/plain; charset=UTF-8";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
