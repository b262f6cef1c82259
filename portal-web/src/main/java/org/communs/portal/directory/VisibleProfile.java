package org.communs.portal.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A profile as one reader may see it: fields they may not see are null (or empty lists), so
 * pages, the API and vCards built from it cannot show them.
 *
 * @param photoVersion changes with the photo, so its address does too (browsers cache photos)
 * @param updatedAt    when the profile last changed, only for the owner and admins (it would tell
 *                     others that hidden fields changed)
 * @param visibility   each field's chosen visibility, only for the owner and admins (else empty)
 */
public record VisibleProfile(long memberId, String name, String firstName, String lastName, boolean photo, long photoVersion,
                             String jobTitle, String bio, List<String> skills, List<String> languages,
                             List<String> phones, String email, List<String> links, String town, String postcode,
                             Double latitude, Double longitude, Instant updatedAt, boolean editable,
                             Map<ProfileField, FieldVisibility> visibility) {

    /** Whether the reader sees the profile field behind a search field of {@link MemberDocument}. */
    boolean shows(String searchField) {
        return switch (searchField) {
            case "title" -> true;
            case "job" -> jobTitle != null;
            case "bio" -> bio != null;
            case "skills" -> !skills.isEmpty();
            case "languages" -> !languages.isEmpty();
            case "phones" -> !phones.isEmpty();
            case "email" -> email != null;
            case "links" -> !links.isEmpty();
            case "town" -> town != null;
            default -> false;
        };
    }

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
