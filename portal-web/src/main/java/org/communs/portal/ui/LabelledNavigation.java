package org.communs.portal.ui;

import java.util.List;
import org.communs.portal.api.navigation.NavigationEntry;

/**
 * Navigation entries whose labels live in another class loader's bundles (plugins'), for the shell
 * to show beside the portal's own {@code NavigationContributor}s without knowing where they come from.
 */
public interface LabelledNavigation {

    List<Labelled> entries();

    /** An entry and the class loader its label bundle is read with. */
    record Labelled(NavigationEntry entry, ClassLoader texts) {
    }
}
