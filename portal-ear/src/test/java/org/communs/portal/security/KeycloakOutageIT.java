package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak stops while the portal runs. Someone who is not signed in and opens a protected page
 * is told that signing in is unavailable (not sent to a dead address), and so is a member signed
 * in before the outage. The Keycloak stopped is the tests' own, for good: this class runs
 * last, in a failsafe execution of its own (portal-ear/pom.xml).
 */
@ExtendWith(BrowserExtension.class)
class KeycloakOutageIT {

    @Test
    void whileKeycloakIsDownVisitorsAndMembersAreToldSignInIsUnavailable(Browser amina) throws Exception {
        amina.signIn(DemoUser.MEMBER, "/index.xhtml");

        TestKeycloak.stop();

        try (Browser visitor = Browser.open()) {
            // The portal remembers Keycloak's answer for a few seconds (meanwhile the browser is still
            // sent to Keycloak, and finds nobody there): the next requests see the outage.
            new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1))
                    .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                d.get(RunningPortal.uri("/directory/index.xhtml").toString());
                return d.getCurrentUrl().startsWith(RunningPortal.url())
                        && !d.findElements(By.id("page-title")).isEmpty()
                        && d.findElement(By.id("page-title")).getText().equals("Service de connexion indisponible");
            });
            visitor.keepScreenshot("sign-in-unavailable");
        }
        // The sign-in mechanism checks a signed-in member's tokens with Keycloak too: she is told
        // the same, on the portal's page, rather than shown an error or a dead address.
        amina.driver().get(RunningPortal.uri("/index.xhtml").toString());
        assertTrue(amina.driver().getCurrentUrl().startsWith(RunningPortal.url()), amina.driver().getCurrentUrl());
        assertEquals("Service de connexion indisponible", amina.text(By.id("page-title")));
    }
}
