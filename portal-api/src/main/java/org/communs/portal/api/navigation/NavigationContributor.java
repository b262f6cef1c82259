package org.communs.portal.api.navigation;

import java.util.List;

/**
 * Adds entries to the portal's navigation.
 *
 * <p>Core features and plugins implement this interface as an application-scoped CDI bean; the
 * shell collects every contributor and orders their entries by {@link NavigationEntry#position()}.
 * Implementations are called on every page render, so they return quickly and do no I/O.
 */
public interface NavigationContributor {

    /**
     * @return the entries this contributor adds, in any order; never null
     */
    List<NavigationEntry> navigationEntries();
}
