package org.communs.portal.index;

/**
 * How many results have a facet value.
 *
 * @param value    the value, as indexed
 * @param count    results having it
 * @param selected whether the query filters on it
 */
public record FacetCount(String value, int count, boolean selected) {
}
