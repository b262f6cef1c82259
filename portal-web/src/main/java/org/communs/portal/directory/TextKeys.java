package org.communs.portal.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which two spellings count as one, as the database's accent- and case-blind
 * collation sees them ("Saint-Étienne" = "saint etienne", "électricité" = "Electricite").
 */
final class TextKeys {

    private TextKeys() {
    }

    static String folded(String text) {
        String withoutAccents = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s'’-]+", " ");
    }
}
