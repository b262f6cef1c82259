package org.communs.portal.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;

/**
 * The navigation registry: every {@link NavigationContributor} bean of the portal and every plugin
 * in service adds its entries; the shell asks for them per placement, ordered and labelled.
 */
@ApplicationScoped
public class ShellNavigation {

    private static final Logger LOG = Logger.getLogger(ShellNavigation.class.getName());
    private static final Comparator<NavigationEntry> DISPLAY_ORDER =
            Comparator.comparingInt(NavigationEntry::position).thenComparing(NavigationEntry::id);

    @Inject
    @Any
    Instance<NavigationContributor> contributors;

    @Inject
    Instance<LabelledNavigation> others;

    /**
     * @param placement   which menu
     * @param locale      the reader's language, for the labels
     * @param contextPath the portal's context path, prefixed to each entry's path
     * @param currentPath the servlet path of the page being rendered, to mark the active entry
     */
    public List<ShellLink> links(Placement placement, Locale locale, String contextPath, String currentPath) {
        ClassLoader portal = Thread.currentThread().getContextClassLoader();
        return java.util.stream.Stream.concat(
                        contributors.stream().flatMap(contributor -> contributor.navigationEntries().stream())
                                .map(entry -> new LabelledNavigation.Labelled(entry, portal)),
                        others.stream().flatMap(source -> source.entries().stream()))
                .filter(labelled -> labelled.entry().placement() == placement)
                .sorted(Comparator.comparing(LabelledNavigation.Labelled::entry, DISPLAY_ORDER))
                .map(labelled -> {
                    NavigationEntry entry = labelled.entry();
                    return new ShellLink(entry.id(), label(entry, locale, labelled.texts()), contextPath + entry.path(),
                            entry.icon(), entry.path().equals(currentPath));
                })
                .toList();
    }

    /** The label from the contributor's bundle: the portal's, or a plugin's (read with its class loader). */
    private static String label(NavigationEntry entry, Locale locale, ClassLoader loader) {
        try {
            return ResourceBundle.getBundle(entry.bundle(), locale, loader,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(entry.labelKey());
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No label '" + entry.labelKey() + "' in bundle " + entry.bundle() + " for " + locale);
            return entry.id();
        }
    }
}
