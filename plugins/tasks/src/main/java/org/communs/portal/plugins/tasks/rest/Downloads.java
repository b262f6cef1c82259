package org.communs.portal.plugins.tasks.rest;

import java.util.Locale;
import java.util.Set;

/** How an uploaded file is sent back: a type that cannot run in the portal's origin, a plain name for old clients. */
final class Downloads {

    /** Types a browser shows without running anything of the file's. */
    private static final Set<String> SHOWN_AS_THEY_ARE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain");

    private Downloads() {
    }

    /** @return the stored type when it is harmless, else {@code application/octet-stream} (HTML, SVG, scripts…) */
    static String safeType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return SHOWN_AS_THEY_ARE.contains(type) ? type : "application/octet-stream";
    }

    /** @return the name in printable ASCII, for the {@code filename=} of clients that ignore {@code filename*=} */
    static String asciiName(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "")
                .replace("\"", "'").replace("\\", "_").strip();
        return ascii.isEmpty() ? "file" : ascii;
    }
}
