package org.communs.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.CollectiveSteps;
import org.communs.portal.testing.DemoUser;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The main pages, and the admins' pages, pass the WCAG 2.1 A/AA check in both themes, both
 * languages, on a desktop and on a phone: each visit is scanned by the harness (see
 * {@code AccessibilityCheck}), which fails the test on the first violation. Each page also says
 * which language it is in and has one first-level heading.
 */
@ExtendWith(BrowserExtension.class)
class AccessibilityBrowserIT {

    private static final List<String> MAIN_PAGES = List.of("/", "/directory/index.xhtml", "/directory/member.xhtml",
            "/directory/edit.xhtml", "/collectives/index.xhtml", "/documents/index.xhtml", "/search.xhtml?q=atelier",
            "/agenda.xhtml", "/account/notifications.xhtml", "/accessibility.xhtml", "/no-such-page.xhtml");
    private static final List<String> ADMIN_PAGES = List.of("/admin/members.xhtml", "/admin/audit.xhtml",
            "/admin/search.xhtml", "/admin/plugins.xhtml", "/admin/collective-types.xhtml");

    @ParameterizedTest(name = "{0}, {1} theme, {2}")
    @CsvSource({"desktop, light, fr", "phone, light, fr", "desktop, dark, en", "phone, dark, en"})
    void theMainPagesMeetWcag21AA(String device, String theme, String language, Browser camille) {
        Dimension size = device.equals("phone") ? Browser.PHONE : Browser.DESKTOP;
        camille.resize(size).signIn(DemoUser.ADMIN, "/");
        // Its own collective: the test does not count on what other tests left in the database.
        String collectiveId = CollectiveSteps.create(camille, "Accessibilité " + UUID.randomUUID().toString().substring(0, 6));
        camille.useTheme(theme).useLanguage(language);

        List<String> pages = new ArrayList<>(MAIN_PAGES);
        pages.add("/collectives/space.xhtml?id=" + collectiveId);
        if (device.equals("desktop")) {
            pages.addAll(ADMIN_PAGES);
        }
        for (String page : pages) {
            camille.visit(page);
            assertEquals(language, camille.script("return document.documentElement.lang"), page);
            assertEquals(theme, camille.script("return document.documentElement.dataset.theme"), page);
            assertEquals(1L, camille.script("return document.querySelectorAll('main h1').length"), page + ": one main heading");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, Accessibilité : partiellement conforme, Déclaration d'accessibilité",
            "en, Accessibility: partially compliant, Accessibility statement"})
    void everyPageLinksToTheAccessibilityStatementWhichVisitorsMayRead(String language, String link, String title, Browser visitor) {
        visitor.signIn(DemoUser.MEMBER, "/directory/index.xhtml");
        visitor.useLanguage(language);
        assertEquals(link, visitor.text(By.id("accessibility-link")));
        visitor.click(By.id("accessibility-link"));
        assertEquals(title, visitor.text(By.id("page-title")));
        visitor.checkAccessibility();

        visitor.driver().manage().deleteAllCookies();
        visitor.visit("/accessibility.xhtml");
        assertEquals("Déclaration d'accessibilité", visitor.text(By.id("page-title")), "public, in French by default");
        assertFalse(visitor.text(By.id("compliance")).isBlank());
    }
}
