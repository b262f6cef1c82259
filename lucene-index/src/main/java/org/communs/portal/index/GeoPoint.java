package org.communs.portal.index;

/**
 * A place on Earth in WGS 84 degrees, as a map shows it.
 *
 * @param latitude  -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }
}
