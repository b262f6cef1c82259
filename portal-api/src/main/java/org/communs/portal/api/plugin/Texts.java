package org.communs.portal.api.plugin;

import java.util.Locale;

/** Texts of the plugin's resource bundles (loaded with its class loader), in the reader's language. */
public interface Texts {

    /** @return the language the portal speaks to the reader of the current request (chosen in the user menu, else
     *         the member's profile language), or French outside a request */
    Locale locale();

    /**
     * @param bundle    base name of a bundle of the plugin, such as {@code org.example.links.messages}
     * @param key       the text's key
     * @param arguments values for its {@code {0}} placeholders ({@link java.text.MessageFormat})
     * @return the text, or the key itself when missing (visible, rather than a failure)
     */
    String text(String bundle, String key, Object... arguments);
}
