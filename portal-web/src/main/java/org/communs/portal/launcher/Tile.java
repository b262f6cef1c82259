package org.communs.portal.launcher;

/** A launcher tile as pages and the API show it (never the entity itself). */
public record Tile(long id, String label, String url, String icon) {

    static Tile of(LauncherTile tile) {
        return new Tile(tile.id(), tile.label(), tile.url(), tile.icon());
    }
}
