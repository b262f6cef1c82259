package org.communs.portal.index;

import java.util.List;

/**
 * One result.
 *
 * @param type       the document's type
 * @param id         its id within the type
 * @param title      its title
 * @param score      relevance, higher is better; only comparable within one search
 * @param distanceKm how far it is from the query's point, or null (no point asked, or no place the
 *                   reader may see)
 * @param highlights the fields that matched, with the matching words marked; only fields the reader
 *                   may see
 * @param link       the document's {@link SearchDocument#link() link}, or null
 */
public record SearchHit(String type, String id, String title, float score, Double distanceKm, List<Highlight> highlights,
                        String link) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
