package org.communs.portal.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search, as a member asks it: words, who is asking, narrowed by types, facet values and a
 * distance, in an order, one page at a time. Built from {@link #of(String, Reader)} with the
 * {@code with…} methods.
 *
 * @param text        what the member typed; any string is safe (no query syntax is interpreted)
 * @param reader      who is asking; results are limited to what they may see
 * @param types       the document types to look in, or empty for all
 * @param filters     facet values to keep, by facet: values of one facet are alternatives, facets
 *                    are all required
 * @param near        a circle to keep results in, or null
 * @param order       how to order results
 * @param offset      results to skip
 * @param limit       results to return
 * @param countFacets the facets whose values to count
 */
public record SearchQuery(String text, Reader reader, Set<String> types, Map<String, Set<String>> filters,
                          Near near, SearchOrder order, int offset, int limit, List<String> countFacets) {

    /** Words past this are ignored: each word costs a typo-tolerant lookup. */
    public static final int MAX_WORDS = 8;
    public static final int MAX_LIMIT = 500;
    /** The deepest result a page may reach: collecting the top N costs memory in N, so N is bounded. */
    public static final int MAX_WINDOW = 10_000;

    /**
     * Results within a distance of a point.
     *
     * @param point    the centre
     * @param radiusKm the radius in kilometres, above 0
     */
    public record Near(GeoPoint point, double radiusKm) {
        public Near {
            Objects.requireNonNull(point, "point");
            if (!(radiusKm > 0 && radiusKm <= 20_000)) {
                throw new IllegalArgumentException("The radius must be between 0 and 20,000 km: " + radiusKm);
            }
        }
    }

    public SearchQuery {
        text = text == null ? "" : text;
        Objects.requireNonNull(reader, "reader");
        types = Set.copyOf(types);
        filters = Map.copyOf(filters);
        order = order == null ? SearchOrder.RELEVANCE : order;
        if (order == SearchOrder.DISTANCE && near == null) {
            throw new IllegalArgumentException("Sorting by distance needs a point");
        }
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("Page out of range: offset " + offset + ", limit " + limit);
        }
        countFacets = List.copyOf(countFacets);
    }

    public static SearchQuery of(String text, Reader reader) {
        return new SearchQuery(text, reader, Set.of(), Map.of(), null, SearchOrder.RELEVANCE, 0, 20, List.of());
    }

    public SearchQuery withTypes(String... documentTypes) {
        return new SearchQuery(text, reader, Set.of(documentTypes), filters, near, order, offset, limit, countFacets);
    }

    /** Keeps results having one of these values for the facet (no values: the facet is not filtered). */
    public SearchQuery withFilter(String facet, Set<String> values) {
        Map<String, Set<String>> more = new HashMap<>(filters);
        if (values.isEmpty()) {
            more.remove(facet);
        } else {
            more.put(facet, Set.copyOf(values));
        }
        return new SearchQuery(text, reader, types, more, near, order, offset, limit, countFacets);
    }

    public SearchQuery withNear(GeoPoint point, double radiusKm) {
        return new SearchQuery(text, reader, types, filters, new Near(point, radiusKm), order, offset, limit, countFacets);
    }

    public SearchQuery withOrder(SearchOrder newOrder) {
        return new SearchQuery(text, reader, types, filters, near, newOrder, offset, limit, countFacets);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, reader, types, filters, near, order, newOffset, newLimit, countFacets);
    }

    public SearchQuery withFacetCounts(String... facets) {
        Set<String> all = new LinkedHashSet<>(countFacets);
        all.addAll(List.of(facets));
        return new SearchQuery(text, reader, types, filters, near, order, offset, limit, List.copyOf(all));
    }
}
