package org.communs.portal.directory;

import java.util.Map;
import java.util.Set;
import org.communs.portal.index.SearchOrder;

/**
 * A directory search as the page or the API asks it.
 *
 * @param text     what the member typed
 * @param filters  facet values to keep ({@code skill}, {@code town}, {@code language})
 * @param near     "me", a town's name, or null
 * @param radiusKm the distance for {@code near}
 * @param order    relevance, name or distance
 * @param offset   results to skip
 * @param limit    results to return
 */
public record DirectoryQuery(String text, Map<String, Set<String>> filters, String near, int radiusKm,
                             SearchOrder order, int offset, int limit) {

    public static final Set<String> FACETS = Set.of("skill", "town", "language");
    public static final String NEAR_ME = "me";
    public static final int MAX_RADIUS_KM = 1_000;
    public static final int MAX_TEXT = 200;

    public DirectoryQuery {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        filters = Map.copyOf(filters);
        near = near == null || near.isBlank() ? null : near.strip();
        order = order == null ? SearchOrder.RELEVANCE : order;
    }
}
