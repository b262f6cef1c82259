package org.communs.portal.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.i18n.Messages;

/** The shell's own entries. Features add theirs with their own contributor. */
@ApplicationScoped
public class CoreNavigation implements NavigationContributor {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("home", Placement.MAIN_MENU, Messages.BUNDLE, "nav.home", "/index.xhtml",
                    "pi pi-home", 0));

    @Override
    public List<NavigationEntry> navigationEntries() {
        return ENTRIES;
    }
}
