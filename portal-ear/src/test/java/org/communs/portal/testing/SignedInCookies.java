package org.communs.portal.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * The portal session cookies of a demo person, obtained once by signing in through Keycloak's
 * form in a real browser, for tests that then call the portal over plain HTTP (as an API client
 * or an attacker would, without the UI).
 */
public final class SignedInCookies {

    private static final Map<DemoUser, String> COOKIES = new EnumMap<>(DemoUser.class);

    private SignedInCookies() {
    }

    /** @return a {@code Cookie} header value for requests made as that person */
    public static synchronized String of(DemoUser user) {
        return COOKIES.computeIfAbsent(user, who -> {
            try (Browser browser = Browser.open()) {
                return browser.signIn(who, "/").portalCookies();
            }
        });
    }

    /** Forgets every session, after a restart of the portal ended them. */
    public static synchronized void forget() {
        COOKIES.clear();
    }
}
