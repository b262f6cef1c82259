package org.communs.portal.launcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The launcher of the home page: the organisation's other tools, one click away.
 * Tiles are managed by admins (admin pages arrive with single sign-on and roles).
 */
@ApplicationScoped
@Transactional
public class Launcher {

    @Inject
    LauncherTileRepository tiles;

    public List<Tile> tiles() {
        return tiles.allInDisplayOrder().stream().map(Tile::of).toList();
    }

    /** @throws org.communs.portal.error.PortalException when the label or link is not acceptable */
    public Tile addTile(String label, String url, String icon, int position) {
        return Tile.of(tiles.add(new LauncherTile(label, url, icon, position)));
    }
}
