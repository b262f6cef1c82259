package org.communs.portal.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A profile as one reader may see it: fields they may not see are null (or empty lists), so
 * pages, the API and vCards built from it cannot show them.
 *
 * @param visibility each field's chosen visibility, only for the owner and admins (else empty)
 */
public record VisibleProfile(long memberId, String name, String firstName, String lastName, boolean photo,
                             String jobTitle, String bio, List<String> skills, List<String> languages,
                             List<String> phones, String email, List<String> links, String town, String postcode,
                             Double latitude, Double longitude, Instant updatedAt, boolean editable,
                             Map<ProfileField, FieldVisibility> visibility) {

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** The first few skills, for a one-line list. */
    public String skillSummary() {
        return String.join(", ", skills.stream().limit(4).toList());
    }

    /** Initials for the badge shown instead of a photo. */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split("[\\s-]+")) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
