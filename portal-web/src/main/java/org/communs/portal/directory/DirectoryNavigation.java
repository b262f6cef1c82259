package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.i18n.Messages;

/** The directory in the main menu. */
@ApplicationScoped
public class DirectoryNavigation implements NavigationContributor {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("directory", Placement.MAIN_MENU, Messages.BUNDLE, "nav.directory",
                    "/directory/index.xhtml", "pi pi-users", 10));

    @Override
    public List<NavigationEntry> navigationEntries() {
        return ENTRIES;
    }
}
