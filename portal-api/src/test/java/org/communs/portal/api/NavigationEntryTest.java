package org.communs.portal.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.junit.jupiter.api.Test;

class NavigationEntryTest {

    private static NavigationEntry entry(String id, String path) {
        return new NavigationEntry(id, Placement.MAIN_MENU, "i18n.messages", "nav.home", path, "pi pi-home", 0);
    }

    @Test
    void acceptsAPortalRelativeLink() {
        assertDoesNotThrow(() -> entry("home", "/index.xhtml"));
    }

    @Test
    void refusesLinksThatLeaveThePortal() {
        assertThrows(IllegalArgumentException.class, () -> entry("home", "https://evil.example/"));
        assertThrows(IllegalArgumentException.class, () -> entry("home", "//evil.example/"));
        assertThrows(IllegalArgumentException.class, () -> entry("home", "javascript:alert(1)"));
    }

    @Test
    void refusesIdsThatCannotBeUsedInHtml() {
        assertThrows(IllegalArgumentException.class, () -> entry("Home Page", "/index.xhtml"));
        assertThrows(IllegalArgumentException.class, () -> entry("", "/index.xhtml"));
    }
}
