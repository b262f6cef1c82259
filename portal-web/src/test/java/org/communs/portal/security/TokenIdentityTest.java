package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.junit.jupiter.api.Test;

class TokenIdentityTest {

    /** Claims as Keycloak puts them in the portal's identity token. */
    private record KeycloakClaims(Map<String, Object> values) implements JwtClaims {
        @Override
        public Optional<String> getStringClaim(String name) {
            return Optional.ofNullable((String) values.get(name));
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> getArrayStringClaim(String name) {
            return (List<String>) values.getOrDefault(name, List.of());
        }

        @Override
        public Optional<Instant> getNumericDateClaim(String name) {
            return Optional.empty();
        }

        @Override
        public OptionalInt getIntClaim(String name) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalLong getLongClaim(String name) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalDouble getDoubleClaim(String name) {
            return OptionalDouble.empty();
        }

        @Override
        public Optional<Claims> getNested(String name) {
            return Optional.empty();
        }
    }

    @Test
    void theKeycloakUserIdIsTheStableKeyNotTheLogin() {
        Identity identity = TokenIdentity.from(new KeycloakClaims(Map.of(
                "sub", "cd953f6a-ca41-4573-ba68-88452fa9f886", "preferred_username", "lucas",
                "given_name", "Lucas", "family_name", "Bernard", "email", "lucas@example.org",
                "groups", List.of("member", "collective-lead", "default-roles-portal", "offline_access"))));

        assertEquals("cd953f6a-ca41-4573-ba68-88452fa9f886", identity.subject());
        assertEquals("lucas", identity.username());
        assertEquals("Lucas Bernard", identity.displayName());
        assertEquals(Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD), identity.roles(), "Keycloak's own roles are ignored");
        assertEquals("fr", identity.language(), "French unless the member chose English");
    }

    @Test
    void aPersonWithoutNameOrMailStillGetsADisplayName() {
        Identity identity = TokenIdentity.from(new KeycloakClaims(Map.of("sub", "id-1", "preferred_username", "gaspard",
                "locale", "en")));

        assertEquals("gaspard", identity.displayName());
        assertNull(identity.email());
        assertEquals("en", identity.language());
        assertEquals(Set.of(), identity.roles());
    }
}
