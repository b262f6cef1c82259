package org.communs.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Where the browser goes once the portal's sign-in has ended: Keycloak's end-session endpoint,
 * prepared by {@link SignOutServlet} for this request. The authentication mechanism reads it
 * through its logout definition ({@link OidcSettings}) when {@code request.logout()} runs.
 */
@Named("signOut")
@RequestScoped
public class SignOutTarget {

    private String target = "/signed-out.xhtml";

    public String getTarget() {
        return target;
    }

    void goTo(String url) {
        this.target = url;
    }
}
