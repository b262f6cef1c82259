package org.communs.portal.launcher;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.ui.ShellView;

/** The launcher as the home page shows it. */
@Named("launcher")
@RequestScoped
public class LauncherView {

    @Inject
    Launcher launcher;

    @Inject
    ShellView shell;

    private List<Tile> tiles;

    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = shell.isDatabaseReady() ? launcher.tiles() : List.of();
        }
        return tiles;
    }
}
