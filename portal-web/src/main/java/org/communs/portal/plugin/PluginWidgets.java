package org.communs.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.communs.portal.ui.UserPreferences;

/** The home page's boxes from plugins in service ({@code #{pluginWidgets.all}}), titled in the reader's language. */
@Named
@RequestScoped
public class PluginWidgets {

    private static final ResourceBundle.Control NO_FALLBACK = HostedContext.NO_FALLBACK;

    @Inject
    PluginRegistry registry;

    @Inject
    UserPreferences preferences;

    private List<Shown> all;

    /** A widget as the home page includes it. */
    public record Shown(String id, String title, String fragment) {
    }

    public List<Shown> getAll() {
        if (all == null) {
            Locale locale = preferences.getLocale();
            all = registry.widgets().stream().map(w -> new Shown(w.plugin().id() + "-" + w.widget().id(),
                    title(w.widget().bundle(), w.widget().titleKey(), locale, w.plugin().loader()), w.widget().fragment())).toList();
        }
        return all;
    }

    private static String title(String bundle, String key, Locale locale, ClassLoader loader) {
        try {
            return ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
