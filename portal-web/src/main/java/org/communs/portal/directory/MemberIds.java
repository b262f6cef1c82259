package org.communs.portal.directory;

/** Member ids as page addresses carry them ({@code ?id=12}), read without a converter error page. */
final class MemberIds {

    /** What an id that is not a number becomes: no member has it. */
    static final Long NOT_AN_ID = -1L;

    private MemberIds() {
    }

    /** @return null when absent (one's own profile), {@link #NOT_AN_ID} when not a positive number */
    static Long parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(id.strip());
            return parsed > 0 ? parsed : NOT_AN_ID;
        } catch (NumberFormatException e) {
            return NOT_AN_ID;
        }
    }
}
