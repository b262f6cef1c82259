package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Members sign in once through Keycloak, and out of both; admin pages stay closed to others. */
@ExtendWith(BrowserExtension.class)
class SignInBrowserIT {

    private static final By TITLE = By.id("page-title");

    @Test
    void aMemberSignsInThroughKeycloakAndLandsOnThePageTheyAskedFor(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/search.xhtml?q=jardin");

        assertEquals("Amina Benali", browser.text(By.id("user-name")));
        assertEquals("Résultats pour « jardin »", browser.text(By.id("search-query")));
    }

    @Test
    void signingOutEndsThePortalAndKeycloakSessions(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/");

        browser.click(By.id("sign-out"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/signed-out.xhtml"));
        assertEquals("Vous êtes déconnecté", browser.text(TITLE));

        browser.visit("/");
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(TestKeycloak.url()));
        assertTrue(browser.find(By.id("username")).isDisplayed(), "Keycloak asks for the password again");
    }

    @Test
    void aMemberCannotOpenAnAdminPage(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/admin/members.xhtml");

        assertEquals("Accès refusé", browser.text(TITLE));
        assertEquals("Amina Benali", browser.text(By.id("user-name")), "the 403 page is in the shell");
        assertTrue(browser.findAll(By.id("invite:email")).isEmpty());
    }

    @Test
    void aGuestCannotReadTheAuditLogAndSeesThePortalInTheirKeycloakLanguage(Browser browser) {
        browser.signIn(DemoUser.GUEST, "/admin/audit.xhtml");
        assertEquals("Access denied", browser.text(TITLE), "Gaspard's Keycloak profile says English");
    }
}
