package org.communs.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on through Keycloak with OpenID Connect's authorization code flow (Jakarta Security).
 *
 * <p>The provider's endpoints are listed rather than discovered: Keycloak's discovery document is
 * refused over plain HTTP on a developer machine. Realm roles arrive in the {@code groups} claim.
 * Settings come from MicroProfile Config, so the {@code PORTAL_KEYCLOAK_*} environment variables
 * override the defaults (README).
 */
@ApplicationScoped
@Named("oidc")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidc.issuer}",
        clientId = "${oidc.clientId}",
        clientSecret = "${oidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // After request.logout(), go where SignOutServlet said: Keycloak's end-session endpoint.
        logout = @LogoutDefinition(notifyProvider = false, redirectURI = "${signOut.target}"),
        providerMetadata = @OpenIdProviderMetadata(
                issuer = "${oidc.issuer}",
                authorizationEndpoint = "${oidc.endpoint('auth')}",
                tokenEndpoint = "${oidc.endpoint('token')}",
                userinfoEndpoint = "${oidc.endpoint('userinfo')}",
                endSessionEndpoint = "${oidc.endpoint('logout')}",
                jwksURI = "${oidc.endpoint('certs')}"))
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "portal.keycloak.realm", defaultValue = "portal")
    String realm;

    @Inject
    @ConfigProperty(name = "portal.keycloak.client.id", defaultValue = "portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.client.secret", defaultValue = "portal-dev-secret")
    String clientSecret;

    /** The realm's issuer, e.g. {@code http://localhost:8180/realms/portal}. */
    public String getIssuer() {
        return stripSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String realm() {
        return realm;
    }

    /** Keycloak's base URL, without the realm. */
    public String keycloakUrl() {
        return stripSlash(keycloakUrl);
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** An OpenID Connect endpoint of the realm: auth, token, userinfo, logout or certs. */
    public String endpoint(String name) {
        return getIssuer() + "/protocol/openid-connect/" + name;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
