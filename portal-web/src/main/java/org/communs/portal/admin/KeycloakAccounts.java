package org.communs.portal.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.security.OidcSettings;

/**
 * The portal's hands in Keycloak: invite a person, enable or disable them, set their global
 * roles. Each call either succeeds or throws a {@link PortalException} saying why in the admin's
 * words; nothing is left half done (a failed invitation removes the account it created).
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    OidcSettings oidc;

    private final SecureRandom random = new SecureRandom();
    private KeycloakAdminApi api;

    @PostConstruct
    void connect() {
        api = new KeycloakAdminApi(oidc.keycloakUrl(), oidc.realm(), oidc.getClientId(), oidc.getClientSecret());
    }

    /**
     * Creates the person's account with a temporary password they must change at first sign-in.
     *
     * @return the Keycloak user id and the temporary password, to hand over to the person
     */
    public Invitation invite(NewPerson person) {
        String password = temporaryPassword();
        JsonObject user = Json.createObjectBuilder()
                .add("username", person.username())
                .add("email", person.email())
                .add("firstName", person.firstName())
                .add("lastName", person.lastName())
                .add("enabled", true)
                .add("emailVerified", true)
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", true)))
                .build();
        String id = call(() -> {
            try {
                return api.create("/users", user);
            } catch (KeycloakAdminApi.Refused refused) {
                if (refused.status == 409) {
                    throw new PortalException(Reason.CONFLICT, "admin.invite.duplicate", person.email());
                }
                throw refused;
            }
        });
        try {
            addRoles(id, person.roles());
            return new Invitation(id, password);
        } catch (PortalException e) {
            removeQuietly(id);
            throw e;
        }
    }

    public void setEnabled(String subject, boolean enabled) {
        call(() -> {
            api.put("/users/" + subject, Json.createObjectBuilder().add("enabled", enabled).build());
            return null;
        });
    }

    /**
     * Replaces the person's portal roles (other realm roles, such as Keycloak's defaults, are kept).
     * The new roles are added before the old ones are removed: if Keycloak refuses half-way, the
     * person keeps at least their former roles, and repeating the change is safe.
     */
    public void setRoles(String subject, Set<GlobalRole> roles) {
        addRoles(subject, roles);
        call(() -> {
            JsonArrayBuilder unwanted = Json.createArrayBuilder();
            api.getArray("/users/" + subject + "/role-mappings/realm").getValuesAs(JsonObject.class).stream()
                    .filter(role -> GlobalRole.fromRoleName(role.getString("name", ""))
                            .filter(portalRole -> !roles.contains(portalRole)).isPresent())
                    .forEach(unwanted::add);
            var toRemove = unwanted.build();
            if (!toRemove.isEmpty()) {
                api.delete("/users/" + subject + "/role-mappings/realm", toRemove);
            }
            return null;
        });
    }

    private void addRoles(String subject, Set<GlobalRole> roles) {
        if (roles.isEmpty()) {
            return;
        }
        call(() -> {
            JsonArrayBuilder wanted = Json.createArrayBuilder();
            for (GlobalRole role : roles) {
                wanted.add(api.getObject("/roles/" + role.roleName()));
            }
            api.post("/users/" + subject + "/role-mappings/realm", wanted.build());
            return null;
        });
    }

    private interface KeycloakCall<T> {
        T run() throws IOException;
    }

    private static <T> T call(KeycloakCall<T> call) {
        try {
            return call.run();
        } catch (KeycloakAdminApi.Refused refused) {
            LOG.warning(() -> "Keycloak refused: " + refused.getMessage());
            throw switch (refused.status) {
                case 404 -> new PortalException(Reason.NOT_FOUND, "admin.keycloak.unknownAccount");
                default -> new PortalException(Reason.INVALID_INPUT, "admin.invite.refused", refused.status);
            };
        } catch (PortalException alreadyExplained) {
            throw alreadyExplained;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak admin call failed", e);
            throw new PortalException(Reason.UNAVAILABLE, "admin.keycloak.unavailable");
        }
    }

    private void removeQuietly(String id) {
        try {
            api.delete("/users/" + id, null);
            LOG.info(() -> "Removed the half-created Keycloak account " + id);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the half-created Keycloak account " + id, e);
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
