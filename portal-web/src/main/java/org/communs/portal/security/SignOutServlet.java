package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;

/**
 * Signs out of the portal and of Keycloak (RP-initiated logout), then lands on the signed-out page.
 *
 * <p>{@code request.logout()} ends the portal's sign-in (session and Liberty's SSO cookie) and
 * sends the browser to Keycloak's end-session endpoint, which, given the identity token as a hint,
 * ends the Keycloak session without asking the member to confirm and returns to the signed-out page.
 * POST only, from the shell's form with the session's {@link SignOutToken}: a link, an image or a
 * form elsewhere cannot sign someone out. Without the token (a page of another site, or a page
 * older than the session) the member stays signed in and lands on the home page, where the
 * button works.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    OidcSettings oidc;

    @Inject
    OpenIdContext openId;

    @Inject
    SignOutTarget signOutTarget;

    @Inject
    AuditLog audit;

    @Inject
    SignOutToken token;

    @Inject
    RequestActor requestActor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !token.matches(request.getParameter("token"))) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String idToken = null;
        if (request.getUserPrincipal() != null) {
            idToken = openId.getIdentityToken().getToken();
            audit.record(requestActor.current(), AuditEvent.of("security.logout"));
        }
        signOutTarget.goTo(endSessionUrl(request, idToken));
        request.logout(); // redirects to the target above (see OidcSettings' logout definition)
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(signOutTarget.getTarget());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private String endSessionUrl(HttpServletRequest request, String idToken) {
        String signedOut = request.getRequestURL().toString().replaceFirst("/sign-out$", "/signed-out.xhtml");
        StringBuilder url = new StringBuilder(oidc.endpoint("logout"))
                .append("?client_id=").append(encode(oidc.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(signedOut));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
