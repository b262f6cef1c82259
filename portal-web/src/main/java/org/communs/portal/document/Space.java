package org.communs.portal.document;

import java.util.Objects;

/**
 * A document space: the organisation's, a collective's or a member's. Pages name it in their
 * address as {@code org}, {@code c12} or {@code m34}.
 *
 * @param ref the collective's or member's id; 0 for the organisation
 */
public record Space(SpaceKind kind, long ref) {

    public Space {
        Objects.requireNonNull(kind, "kind");
    }

    public static Space organisation() {
        return new Space(SpaceKind.ORGANISATION, 0);
    }

    public static Space collective(long id) {
        return new Space(SpaceKind.COLLECTIVE, id);
    }

    public static Space member(long id) {
        return new Space(SpaceKind.MEMBER, id);
    }

    /** @return the space an address names, or null when it names none */
    public static Space parse(String key) {
        if ("org".equals(key)) {
            return organisation();
        }
        if (key != null && key.length() > 1 && key.length() < 20 && (key.charAt(0) == 'c' || key.charAt(0) == 'm')) {
            try {
                long id = Long.parseLong(key.substring(1));
                if (id > 0) {
                    return key.charAt(0) == 'c' ? collective(id) : member(id);
                }
            } catch (NumberFormatException ignored) {
                // not a space
            }
        }
        return null;
    }

    public String key() {
        return switch (kind) {
            case ORGANISATION -> "org";
            case COLLECTIVE -> "c" + ref;
            case MEMBER -> "m" + ref;
        };
    }
}
