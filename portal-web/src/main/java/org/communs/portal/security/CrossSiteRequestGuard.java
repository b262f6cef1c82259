package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.settings.PortalSettings;

/**
 * Refuses state-changing requests that a page of another site made a signed-in browser send
 * (cross-site request forgery): a form posted to the API, to a Faces page or to the sign-out.
 *
 * <p>Two checks, on every method but GET, HEAD, OPTIONS and TRACE:
 * <ul>
 * <li>Where the request comes from. Browsers say it in {@code Sec-Fetch-Site} (only
 *     {@code same-origin} passes: a sibling application on the same host name is another origin,
 *     and so is a sub-domain); older ones only in {@code Origin}, which must then be the portal's
 *     own (as the request reached it, or as {@code portal.public.url} says behind a proxy). A
 *     request with neither header comes from a program, not from a page, and carries no one's
 *     ambient credentials against their will; it passes to the usual checks.</li>
 * <li>What the API is sent. A page of another site can only post, without asking the portal
 *     first, the three formats of HTML forms ({@code application/x-www-form-urlencoded},
 *     {@code multipart/form-data}, {@code text/plain}); the API takes none of them, so it refuses
 *     them whatever the origin, with a 415. Its callers send JSON or octet streams.</li>
 * </ul>
 * Faces forms also carry their view state (encrypted by the runtime), and the sign-out form a
 * token of the session ({@link SignOutToken}); this guard is the first line, not the only one.
 * Registered first in {@code web.xml}, so nothing else runs for a refused request.
 */
public class CrossSiteRequestGuard extends HttpFilter {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestGuard.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String foreignOrigin = foreignOrigin(request);
        if (foreignOrigin != null) {
            refuseCrossSite(request, response, foreignOrigin);
        } else if (isApi(request) && isFormType(request.getContentType())) {
            answer(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "api.error.formBody");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** @return what the browser said of a request's source when it is not the portal itself, else null */
    String foreignOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // "none": typed in the address bar or a bookmark, which cannot post; "same-origin": the portal's own page.
            return fetchSite.equals("same-origin") || fetchSite.equals("none") ? null : fetchSite + " " + origin(request);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return null;
        }
        String claimed = origin.toLowerCase(Locale.ROOT);
        return claimed.equals(ownOrigin(request)) || claimed.equals(Origins.of(settings.publicUrl())) ? null : origin;
    }

    private static String origin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null ? "(no Origin)" : origin;
    }

    /** The origin the request was addressed to, from its scheme and {@code Host} header. */
    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? "" : (request.getScheme() + "://" + host).toLowerCase(Locale.ROOT);
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private void refuseCrossSite(HttpServletRequest request, HttpServletResponse response, String origin)
            throws IOException, ServletException {
        LOG.warning(() -> "Cross-site " + request.getMethod() + " " + request.getRequestURI() + " refused (" + origin + ")");
        audit.record(requestActor.current(), AuditEvent.on("security.cross-site-refused", "path", request.getRequestURI(),
                Map.of("method", request.getMethod(), "origin", origin)));
        answer(request, response, HttpServletResponse.SC_FORBIDDEN, "cross-site", "api.error.crossSite");
    }

    /** The API's JSON error shape for API calls, the portal's 403 page for the rest. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String messageKey) throws IOException, ServletException {
        response.setStatus(status);
        if (!isApi(request) && status == HttpServletResponse.SC_FORBIDDEN) {
            request.getRequestDispatcher("/403.xhtml").forward(new AsGet(request), response);
            return;
        }
        Language language = Language.firstSpoken(Collections.list(request.getLocales()));
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                .add("error", code)
                .add("message", Messages.text(language, messageKey))
                .build().toString());
    }

    /**
     * The refused request as a bare GET, for the 403 page: Faces would otherwise take the forwarded
     * form for a postback of that page and try to restore a view it never rendered.
     */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
