package org.communs.portal.member;

import java.util.Objects;
import java.util.Set;

/**
 * Who someone is according to Keycloak, as read from their identity token at sign-in.
 *
 * @param subject     Keycloak's stable user id
 * @param username    the login
 * @param displayName the name to show ("Camille Durand"), never blank
 * @param email       may be null
 * @param language    "fr" or "en"
 * @param roles       the global roles in the token
 */
public record Identity(String subject, String username, String displayName, String email, String language,
                       Set<GlobalRole> roles) {

    public Identity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        language = "en".equals(language) ? "en" : "fr";
        roles = Set.copyOf(roles);
    }
}
