package org.communs.portal.directory;

import java.util.List;
import java.util.Locale;

/** The languages a member can say they speak: ISO 639-1 codes, named in the reader's language. */
public final class SpokenLanguages {

    /** The languages most spoken in France and by its neighbours and communities, then the rest of Europe. */
    static final List<String> CODES = List.of("fr", "en", "es", "de", "it", "pt", "ar", "br", "ca", "oc", "eu", "co",
            "nl", "pl", "ro", "ru", "uk", "tr", "zh", "ja", "vi", "wo", "ber", "fa", "he", "el", "sv", "da", "no", "fi",
            "cs", "hu", "bg", "hr", "sr", "sq", "hi", "bn", "ta", "ur", "sw", "ln", "mg", "ht", "fsl");

    private SpokenLanguages() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static List<String> codes() {
        return CODES;
    }

    /** "fr" → "français" for a French reader, "French" for an English one. */
    public static String name(String code, Locale reader) {
        if ("fsl".equals(code)) {
            return reader.getLanguage().equals("fr") ? "langue des signes française" : "French Sign Language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
