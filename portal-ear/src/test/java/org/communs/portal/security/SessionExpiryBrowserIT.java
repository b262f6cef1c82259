package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A member whose portal session has ended clicks on: she is signed in again through Keycloak (whose
 * own session still runs, so without typing her password) and lands on the page she asked for.
 *
 * <p>The end of the session is what a timeout leaves behind: her browser still presents a session
 * cookie, which names a session the server no longer has. The test server keeps the portal's
 * 60-minute timeout (a shorter one would end the sessions other tests keep for the whole run, and
 * its unit is the minute), so the test puts her browser in that state rather than waiting.
 */
@ExtendWith(BrowserExtension.class)
class SessionExpiryBrowserIT {

    @Test
    void aMemberWhoseSessionEndedIsSignedInAgainAndLandsOnThePageSheAskedFor(Browser amina) {
        amina.signIn(DemoUser.MEMBER, "/index.xhtml");
        Cookie session = amina.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "the portal's session cookie: " + amina.portalCookies());

        amina.driver().manage().deleteCookie(session);
        amina.driver().manage().addCookie(new Cookie.Builder("JSESSIONID", "0000ExpiredSessionOfTheTest:-1")
                .path(session.getPath()).isHttpOnly(true).build());
        amina.driver().get(RunningPortal.uri("/directory/index.xhtml?q=jardin").toString());

        amina.waitUntil(d -> d.getCurrentUrl().startsWith(RunningPortal.url()) && d.getCurrentUrl().contains("/directory/index.xhtml"));
        assertTrue(amina.driver().getCurrentUrl().contains("q=jardin"), amina.driver().getCurrentUrl());
        assertEquals(DemoUser.MEMBER.displayName(), amina.text(By.id("user-name")), "signed in again, without her password");
        assertTrue(!"0000ExpiredSessionOfTheTest:-1".equals(amina.driver().manage().getCookieNamed("JSESSIONID").getValue()),
                "a new session");
    }
}
