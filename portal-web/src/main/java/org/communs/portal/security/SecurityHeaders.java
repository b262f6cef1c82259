package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell browsers what the portal's responses may do, on every response (pages, API,
 * files, errors):
 * <ul>
 * <li>no other site may frame a page ({@code frame-ancestors 'self'}, and
 *     {@code X-Frame-Options} for browsers that predate it): no click-jacking;</li>
 * <li>forms may only post to the portal and to Keycloak (the sign-out goes on to its end-session
 *     endpoint), the base URL cannot be changed, plugins (Flash, Java applets) never run;</li>
 * <li>content types are what the portal says ({@code nosniff});</li>
 * <li>no address of the portal, which can name a document or a member, leaves for another site in
 *     a {@code Referer};</li>
 * <li>camera, microphone, payment and USB are off; the location only for the portal itself;</li>
 * <li>over HTTPS, browsers keep to HTTPS for a year (HSTS).</li>
 * </ul>
 * Scripts and styles are not restricted yet: the pages still carry inline handlers that a strict
 * policy would block (see docs/ARCHITECTURE.md, "Security headers").
 */
public class SecurityHeaders extends HttpFilter {

    @Inject
    OidcSettings oidc;

    private String policy;

    @Override
    public void init() {
        policy = "frame-ancestors 'self'; form-action 'self' " + Origins.of(oidc.keycloakUrl())
                + "; base-uri 'self'; object-src 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
