package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map's tile server, configurable because public OpenStreetMap tiles are not meant for heavy
 * use and some organisations run their own (or none: the map then shows markers on a blank ground).
 */
@Named("mapSettings")
@ApplicationScoped
public class MapSettings {

    @Inject
    @ConfigProperty(name = "portal.map.tiles", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;

    @Inject
    @ConfigProperty(name = "portal.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    public String getTiles() {
        return "none".equals(tiles) ? "" : tiles;
    }

    public String getAttribution() {
        return attribution;
    }
}
