package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.i18n.Messages;

/** The collectives in the main menu. */
@ApplicationScoped
public class CollectivesNavigation implements NavigationContributor {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("collectives", Placement.MAIN_MENU, Messages.BUNDLE, "nav.collectives",
                    "/collectives/index.xhtml", "pi pi-sitemap", 5));

    @Override
    public List<NavigationEntry> navigationEntries() {
        return ENTRIES;
    }
}
