package org.communs.portal.ui;

import java.util.Locale;

/** File sizes as people read them: "850 Ko", "2,4 Mo" (KB, MB in English). */
public final class Sizes {

    private Sizes() {
    }

    public static String format(long bytes, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + (english ? " KB" : " Ko");
        }
        return String.format(locale, "%.1f", bytes / (1024.0 * 1024.0)) + (english ? " MB" : " Mo");
    }
}
