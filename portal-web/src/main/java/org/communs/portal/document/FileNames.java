package org.communs.portal.document;

import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * Names of uploaded files as the portal keeps them: the last part of whatever path the browser
 * sent ({@code ../../etc/passwd} becomes {@code passwd}), without control characters or leading
 * dots. Names are only ever labels: files are stored under their content's hash.
 */
public final class FileNames {

    private FileNames() {
    }

    /** @throws PortalException invalid input (key {@code files.error.name}) when nothing usable is left or it is too long */
    public static String clean(String submitted, int maxLength) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.chars().filter(c -> c >= 0x20 && c != 0x7F).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty() || name.length() > maxLength) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.name", maxLength);
        }
        return name;
    }

    /** The name for a {@code Content-Disposition} header: an ASCII fallback and the exact UTF-8 name. */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
