package org.communs.portal.benchmark;

import org.communs.portal.index.GeoPoint;

/**
 * A real French town, as members give it on their profile.
 *
 * @param name     its name, with accents
 * @param postcode its main postcode
 * @param centre   its approximate centre
 */
public record Town(String name, String postcode, GeoPoint centre) {
}
