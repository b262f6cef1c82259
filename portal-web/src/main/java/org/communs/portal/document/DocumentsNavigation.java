package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.i18n.Messages;

/** Documents in the main menu. */
@ApplicationScoped
public class DocumentsNavigation implements NavigationContributor {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("documents", Placement.MAIN_MENU, Messages.BUNDLE, "nav.documents",
                    "/documents/index.xhtml", "pi pi-folder", 8));

    @Override
    public List<NavigationEntry> navigationEntries() {
        return ENTRIES;
    }
}
