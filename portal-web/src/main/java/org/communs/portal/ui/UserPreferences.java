package org.communs.portal.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import org.communs.portal.i18n.Language;
import org.communs.portal.security.CurrentMember;

/**
 * The visitor's language and theme, remembered in cookies for a year so that they survive the
 * session (and work before sign-in). Without a language cookie, the member's language from
 * Keycloak applies; unknown values fall back to the defaults: French and the light theme.
 */
@Named("preferences")
@RequestScoped
public class UserPreferences {

    static final String LANGUAGE_COOKIE = "portal-lang";
    static final String THEME_COOKIE = "portal-theme";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    CurrentMember currentMember;

    private Language language;
    private Theme theme;

    /** The language chosen on this browser, else the one of the member's Keycloak profile, else French. */
    public Language getLanguage() {
        if (language == null) {
            language = Language.fromCode(cookie(LANGUAGE_COOKIE))
                    .or(() -> currentMember.member().flatMap(member -> Language.fromCode(member.language())))
                    .orElse(Language.DEFAULT);
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Theme getTheme() {
        if (theme == null) {
            theme = Theme.fromCode(cookie(THEME_COOKIE)).orElse(Theme.DEFAULT);
        }
        return theme;
    }

    /** Read by PrimeFaces on every request through the {@code primefaces.THEME} context parameter. */
    public String getPrimeFacesTheme() {
        return getTheme().primeFacesTheme();
    }

    /** Switches the language and shows the same page again, in that language. */
    public String useLanguage(String code) {
        Language.fromCode(code).ifPresent(chosen -> {
            language = chosen;
            remember(LANGUAGE_COOKIE, chosen.code());
        });
        return sameView();
    }

    public String useTheme(String code) {
        Theme.fromCode(code).ifPresent(chosen -> {
            theme = chosen;
            remember(THEME_COOKIE, chosen.code());
        });
        return sameView();
    }

    /** A cookie of the request: read from the servlet request, so that REST calls and servlets have the reader's choice too. */
    private String cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static void remember(String name, String value) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String path = context.getRequestContextPath().isEmpty() ? "/" : context.getRequestContextPath();
        context.addResponseCookie(name, value, Map.of(
                "maxAge", ONE_YEAR_SECONDS,
                "path", path,
                "httpOnly", Boolean.TRUE,
                "SameSite", "Lax",
                "secure", context.isSecure()));
    }

    private static String sameView() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }
}
