package org.communs.portal.directory;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Members placed on a map, as the map script ({@code directory-map.js}) reads them from a
 * {@code data-markers} attribute: only those whose place the reader may see. Faces escapes the
 * attribute; the script builds its popups with text nodes.
 */
final class MapMarkers {

    private MapMarkers() {
    }

    static String of(List<VisibleProfile> profiles) {
        JsonArrayBuilder markers = Json.createArrayBuilder();
        for (VisibleProfile profile : profiles) {
            if (profile.hasLocation()) {
                markers.add(Json.createObjectBuilder()
                        .add("id", profile.memberId())
                        .add("name", profile.name())
                        .add("job", profile.jobTitle() == null ? "" : profile.jobTitle())
                        .add("town", profile.town() == null ? "" : profile.town())
                        .add("lat", profile.latitude())
                        .add("lon", profile.longitude())
                        .add("href", "member.xhtml?id=" + profile.memberId()));
            }
        }
        return markers.build().toString();
    }
}
