package org.communs.portal.api.people;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A member as a plugin shows them to the current reader: enough to name, picture and address
 * them, nothing the member keeps from that reader. Serializable, so that a page model or a view
 * bean can hold the member picked.
 *
 * @param id          the member's id
 * @param displayName their name as the portal shows it
 * @param photoUrl    the address of their photo, relative to the portal's root ({@code /directory/photo?id=12&v=3}),
 *                    or null when they have none or do not show it to this reader (show initials instead)
 * @param locale      the language they read the portal in (for texts sent to them)
 * @param active      false for a member an admin disabled: still named on what they did, no longer pickable
 */
public record MemberCard(long id, String displayName, String photoUrl, Locale locale, boolean active) implements Serializable {

    /** @throws NullPointerException if the name or locale is missing */
    public MemberCard {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
    }

    /** @return up to two capital letters of the name, for an avatar without a photo */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String word : displayName.strip().split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
