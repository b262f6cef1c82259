package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;

/**
 * Joins Keycloak's sign-in to the portal's members: at the first request of a signed-in session
 * the member is created or refreshed from the identity token, and the sign-in is audited. On every
 * later request the member's status is checked again, so that disabling someone takes effect at
 * once even though their Keycloak session is still valid.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    static final String DISABLED_PAGE = "/account-disabled.xhtml";

    @Inject
    CurrentMember currentMember;

    @Inject
    Members members;

    @Inject
    OpenIdContext openId;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !isStaticResource(request)) {
            Optional<MemberSummary> member = currentMember.isSignedIn() ? latest() : Optional.of(signIn());
            if (member.isEmpty() || !member.get().active()) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private MemberSummary signIn() {
        MemberSummary member = members.signedIn(TokenIdentity.from(openId.getIdentityToken().getJwtClaims()));
        currentMember.signIn(member);
        audit.record(requestActor.current(), AuditEvent.on(
                member.active() ? "security.login" : "security.login-refused", "member", member.id(),
                Map.of("roles", member.roles().toString())));
        return member;
    }

    private Optional<MemberSummary> latest() {
        Optional<MemberSummary> latest = members.find(currentMember.required().id());
        latest.ifPresent(currentMember::refresh);
        return latest;
    }

    /**
     * Shows the "account disabled" page instead of what was asked. The sign-in itself is left in
     * place (signing out here would send the browser away): every request of a disabled member
     * comes back here until an admin enables them again.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        currentMember.signOut();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(DISABLED_PAGE).forward(request, response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
