package org.communs.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A member opens the portal, finds their way, and makes it speak their language in their colours. */
@ExtendWith(BrowserExtension.class)
class ShellBrowserIT {

    private static final By TITLE = By.id("page-title");
    private static final By USER_MENU = By.cssSelector("#user-menu > summary");

    private static String theme(Browser browser) {
        return (String) browser.script("return document.documentElement.dataset.theme");
    }

    @Test
    void theHomePageOpensInFrenchInsideTheShell(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/");

        assertEquals("Bienvenue sur le portail", browser.text(TITLE));
        assertEquals("Amina Benali", browser.text(By.id("user-name")));
        assertEquals("fr", browser.script("return document.documentElement.lang"));
        assertEquals("Accueil", browser.text(By.id("nav-home")));
        assertTrue(browser.find(By.id("nav-home")).getAttribute("class").contains("active"));
        assertTrue(browser.find(By.id("global-search")).isDisplayed());
        assertTrue(browser.find(By.cssSelector("#quick-create > summary")).isDisplayed());
        assertTrue(browser.find(By.cssSelector("#notifications > summary")).isDisplayed());
        assertEquals("Vos outils", browser.text(By.id("launcher-title")));
        assertTrue(browser.findAll(By.id("database-banner")).isEmpty(), "the database is up: no banner");
    }

    @Test
    void aMemberSwitchesToEnglishAndThePortalRemembersIt(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/").click(USER_MENU).click(By.id("topbar:lang-en"));

        browser.waitUntil(d -> d.findElement(TITLE).getText().equals("Welcome to the portal"));
        assertEquals("Home", browser.text(By.id("nav-home")));

        browser.visit("/search.xhtml?q=atelier");
        assertEquals("Results for “atelier”", browser.text(By.id("search-query")));

        browser.click(USER_MENU).click(By.id("topbar:lang-fr"));
        browser.waitUntil(d -> d.findElement(By.id("search-query")).getText().equals("Résultats pour « atelier »"));
    }

    @Test
    void aMemberSwitchesToTheDarkThemeAndThePortalRemembersIt(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/");
        assertEquals("light", theme(browser));
        String lightBackground = (String) browser.script("return getComputedStyle(document.body).backgroundColor");

        browser.click(USER_MENU).click(By.id("topbar:theme-dark"));
        browser.waitUntil(d -> "dark".equals(theme(browser)));

        browser.visit("/");
        assertEquals("dark", theme(browser));
        String darkBackground = (String) browser.script("return getComputedStyle(document.body).backgroundColor");
        assertFalse(lightBackground.equals(darkBackground), "the page background changes with the theme");
        assertTrue((Boolean) browser.script(
                "return Array.from(document.querySelectorAll('link')).some(l => l.href.includes('vela-blue'))"),
                "the PrimeFaces components use the dark theme too");
    }

    @Test
    void onAPhoneTheNavigationIsADrawer(Browser browser) {
        browser.resize(Browser.PHONE).signIn(DemoUser.MEMBER, "/");

        assertFalse(isOnScreen(browser), "navigation starts closed");
        browser.click(By.cssSelector(".nav-toggle"));
        browser.waitUntil(d -> isOnScreen(browser));
        browser.click(By.id("nav-home"));
        assertEquals("Bienvenue sur le portail", browser.text(TITLE));
        assertTrue((Boolean) browser.script(
                "return document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scrolling at 360 px");
    }

    @Test
    void anUnknownPageShowsTheShellsNotFoundPage(Browser browser) {
        browser.signIn(DemoUser.MEMBER, "/").visit("/no-such-page.xhtml");

        assertEquals("Page introuvable", browser.text(TITLE));
        assertTrue(browser.find(By.id("nav-home")).isEnabled(), "the shell's navigation is still there");
        assertFalse(browser.driver().getPageSource().contains(".java:"), "no stack trace shown");
    }

    private static boolean isOnScreen(Browser browser) {
        return (Boolean) browser.script(
                "const r = document.getElementById('sidebar').getBoundingClientRect(); return r.right > 0 && r.left >= 0;");
    }
}
