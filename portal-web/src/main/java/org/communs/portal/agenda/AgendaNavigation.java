package org.communs.portal.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.communs.portal.api.navigation.NavigationContributor;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.i18n.Messages;

/** The Agenda in the main menu. */
@ApplicationScoped
public class AgendaNavigation implements NavigationContributor {

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry("agenda", Placement.MAIN_MENU, Messages.BUNDLE, "nav.agenda", "/agenda.xhtml",
                    "pi pi-calendar", 15));

    @Override
    public List<NavigationEntry> navigationEntries() {
        return ENTRIES;
    }
}
