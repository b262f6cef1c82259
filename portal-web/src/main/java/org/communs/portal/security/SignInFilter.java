package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.eclipse.microprofile.health.Readiness;

/**
 * Guards every page: a visitor who is not signed in is sent to Keycloak (or told that the sign-in
 * service is down). Then joins Keycloak's sign-in to the portal's members: at the first request of a signed-in session
 * the member is created or refreshed from the identity token, and the sign-in is audited. On every
 * later request the member's status is checked again, so that disabling someone takes effect at
 * once even though their Keycloak session is still valid.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    static final String DISABLED_PAGE = "/account-disabled.xhtml";
    static final String UNAVAILABLE_PAGE = "/sign-in-unavailable.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";
    static final String EXTRA_PUBLIC_PATHS = "org.communs.portal.extraPublicPaths";
    /**
     * Pages for people who are not signed in: the sign-in flow's own, the accessibility statement
     * (the law wants it reachable by anyone), a mail's unsubscribe link
     * (the signed token is the credential), the collectives' Atom feeds and their public items,
     * and members' calendar feeds (their secret token is the credential).
     */
    private static final Set<String> PUBLIC_PAGES = Set.of("/signed-out.xhtml", DISABLED_PAGE, UNAVAILABLE_PAGE, "/accessibility.xhtml",
            "/sign-out", "/callback", "/unsubscribe", "/feeds/collective", "/news/public", "/calendar/feed.ics");

    private Set<String> deploymentPublicPaths = Set.of();

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

    @Inject
    @Readiness
    SignInServiceCheck signInService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null && !isPublic(request)) {
            requireSignIn(request, response);
            return;
        }
        if (request.getUserPrincipal() != null && !isStaticResource(request)) {
            Optional<MemberSummary> member = currentMember.isSignedIn() ? latest() : Optional.of(signIn());
            if (member.isEmpty() || !member.get().active()) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Default deny: anyone not signed in is sent to Keycloak's form (the mechanism then brings them
     * back to this page), or shown why they cannot be when Keycloak does not answer.
     */
    private void requireSignIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (signInService.isAvailable()) {
            request.authenticate(response);
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(request, response);
        }
    }

    private boolean isPublic(HttpServletRequest request) {
        String path = pathOf(request);
        // The API answers anonymous calls with a JSON 401 itself (rest.SignedInOnly).
        return PUBLIC_PAGES.contains(path) || deploymentPublicPaths.contains(path) || isApi(path)
                || path.startsWith(RESOURCES);
    }

    /** The container's decoded and normalised path, so that "/api/..%2F…" cannot pass for public. */
    private static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /**
     * Paths a deployment descriptor opens on top of the portal's own public pages, through the
     * context parameter {@value #EXTRA_PUBLIC_PATHS} (comma-separated). Only descriptors can set
     * it; the end-to-end tests use it for Arquillian's servlet. The portal itself sets none.
     */
    @Override
    public void init() {
        String extra = getServletContext().getInitParameter(EXTRA_PUBLIC_PATHS);
        deploymentPublicPaths = extra == null ? Set.of() : Arrays.stream(extra.split(","))
                .map(String::strip).filter(p -> p.startsWith("/")).collect(Collectors.toUnmodifiableSet());
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
        if (isApi(pathOf(request))) {
            // API clients get the API's error shape, in their language.
            Language language = Language.firstSpoken(Collections.list(request.getLocales()));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("error", "forbidden")
                    .add("message", Messages.text(language, "accountDisabled.text"))
                    .build().toString());
            return;
        }
        request.getRequestDispatcher(DISABLED_PAGE).forward(request, response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
    }
}
