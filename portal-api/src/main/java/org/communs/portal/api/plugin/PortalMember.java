package org.communs.portal.api.plugin;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A member as plugins see them.
 *
 * @param id          the member's stable id
 * @param displayName the name shown in the portal
 * @param locale      the member's language ({@code fr} or {@code en})
 * @param roles       the member's portal-wide roles: {@code ADMIN}, {@code MEMBER}, {@code GUEST}
 */
public record PortalMember(long id, String displayName, Locale locale, Set<String> roles) {

    /** @throws NullPointerException if a part is missing */
    public PortalMember {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
        roles = Set.copyOf(roles);
    }

    /** @return whether the member administers the portal */
    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
