package org.communs.portal.directory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A profile as a vCard 4.0 (RFC 6350) for address books, built from what the reader may see, so a
 * hidden field cannot travel in it.
 */
final class VCard {

    private static final int LINE_OCTETS = 75;

    private VCard() {
    }

    static String of(VisibleProfile profile) {
        StringBuilder card = new StringBuilder();
        line(card, "BEGIN:VCARD");
        line(card, "VERSION:4.0");
        line(card, "FN:" + escape(profile.name()));
        if (profile.firstName() != null || profile.lastName() != null) {
            line(card, "N:" + escape(nullToEmpty(profile.lastName())) + ";" + escape(nullToEmpty(profile.firstName())) + ";;;");
        }
        if (profile.jobTitle() != null) {
            line(card, "TITLE:" + escape(profile.jobTitle()));
        }
        if (profile.email() != null) {
            line(card, "EMAIL:" + escape(profile.email()));
        }
        profile.phones().forEach(phone -> line(card, "TEL;VALUE=uri:tel:" + phone.replaceAll("[^0-9+]", "")));
        profile.links().forEach(link -> line(card, "URL:" + escape(link)));
        if (profile.town() != null) {
            line(card, "ADR:;;;" + escape(profile.town()) + ";;" + escape(nullToEmpty(profile.postcode())) + ";");
        }
        if (profile.hasLocation()) {
            line(card, String.format(Locale.ROOT, "GEO:geo:%.5f,%.5f", profile.latitude(), profile.longitude()));
        }
        if (!profile.skills().isEmpty()) {
            line(card, "CATEGORIES:" + String.join(",", profile.skills().stream().map(VCard::escape).toList()));
        }
        if (profile.bio() != null) {
            line(card, "NOTE:" + escape(profile.bio()));
        }
        line(card, "END:VCARD");
        return card.toString();
    }

    /** Text values escape backslash, comma, semicolon and line breaks (RFC 6350 §3.4). */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets are folded, never inside a UTF-8 character (RFC 6350 §3.2). */
    private static void line(StringBuilder card, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                card.append("\r\n ");
                octets = 1;
            }
            card.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        card.append("\r\n");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A file name for the download: the name in plain ASCII letters. */
    static String fileName(VisibleProfile profile) {
        String ascii = java.text.Normalizer.normalize(profile.name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (ascii.isEmpty() ? "contact" : ascii.toLowerCase(Locale.ROOT)) + ".vcf";
    }
}
