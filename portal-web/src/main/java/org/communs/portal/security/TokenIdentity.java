package org.communs.portal.security;

import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;

/** Reads who signed in from the claims of their Keycloak identity token. */
final class TokenIdentity {

    private TokenIdentity() {
    }

    /**
     * @param claims the identity token's claims; the subject is read from {@code sub} (Keycloak's
     *               user id), not from the caller name, which is the login here
     */
    static Identity from(JwtClaims claims) {
        String subject = claims.getSubject().orElseThrow(() -> new IllegalStateException("identity token without sub"));
        String username = claims.getStringClaim("preferred_username").orElse(subject);
        String name = claims.getStringClaim("name")
                .orElseGet(() -> (claims.getStringClaim("given_name").orElse("") + " "
                        + claims.getStringClaim("family_name").orElse("")).strip());
        return new Identity(subject, username, name, claims.getStringClaim("email").orElse(null),
                claims.getStringClaim("locale").orElse("fr"), roles(claims.getArrayStringClaim("groups")));
    }

    static Set<GlobalRole> roles(List<String> groups) {
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        groups.forEach(group -> GlobalRole.fromRoleName(group).ifPresent(roles::add));
        return roles;
    }
}
