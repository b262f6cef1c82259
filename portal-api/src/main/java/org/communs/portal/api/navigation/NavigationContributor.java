package org.communs.portal.api.navigation;

import java.util.List;

/**
 * Adds entries to the portal's navigation.
 *
 * <p>The portal's own features implement it as application-scoped CDI beans. A plugin is not a CDI
 * bean: it gives its entries through {@code Plugin.navigationEntries()}, which the portal adds to
 * the same menus. The shell orders every entry by {@link NavigationEntry#position()}. Entries are
 * asked for on every page render, so return them quickly and without I/O.
 */
public interface NavigationContributor {

    /**
     * @return the entries this contributor adds, in any order; never null
     */
    List<NavigationEntry> navigationEntries();
}
