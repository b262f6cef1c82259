package org.communs.portal.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The portal's user-facing texts, from the {@value #BUNDLE} bundle, for code that runs outside a
 * Faces page (REST errors, mails). Pages read the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    // Without this, a missing French text would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * @param language the reader's language
     * @param key      the text's key
     * @param args     values for the {@link MessageFormat} placeholders of the text
     * @return the formatted text, or {@code ???key???} (and a warning in the log) when it is missing
     */
    public static String text(Language language, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing text '" + key + "' for language " + language.code());
            return "???" + key + "???";
        }
    }
}
