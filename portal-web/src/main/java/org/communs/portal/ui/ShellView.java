package org.communs.portal.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.database.DatabaseWatch;
import org.communs.portal.database.SchemaMigration;

/** What the shell template shows around every page: menus and the database banner. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    ShellNavigation navigation;

    @Inject
    UserPreferences preferences;

    @Inject
    SchemaMigration schema;

    @Inject
    DatabaseWatch database;

    private List<ShellLink> mainMenu;
    private List<ShellLink> quickCreate;

    public List<ShellLink> getMainMenu() {
        if (mainMenu == null) {
            mainMenu = links(Placement.MAIN_MENU);
        }
        return mainMenu;
    }

    public List<ShellLink> getQuickCreate() {
        if (quickCreate == null) {
            quickCreate = links(Placement.QUICK_CREATE);
        }
        return quickCreate;
    }

    /** False while the database is unreachable: pages then show a banner instead of failing. */
    public boolean isDatabaseReady() {
        return schema.state().ready() && database.problem().isEmpty();
    }

    private List<ShellLink> links(Placement placement) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return navigation.links(placement, preferences.getLocale(), context.getRequestContextPath(),
                context.getRequestServletPath());
    }
}
