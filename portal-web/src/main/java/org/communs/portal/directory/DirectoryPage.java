package org.communs.portal.directory;

import java.util.List;
import java.util.Map;
import org.communs.portal.index.FacetCount;
import org.communs.portal.index.GeoPoint;

/**
 * A page of directory results.
 *
 * @param total  results in all pages
 * @param cards  this page
 * @param facets values with counts for each facet
 * @param centre the "near" point used, or null
 */
public record DirectoryPage(long total, List<MemberCard> cards, Map<String, List<FacetCount>> facets, GeoPoint centre) {
}
