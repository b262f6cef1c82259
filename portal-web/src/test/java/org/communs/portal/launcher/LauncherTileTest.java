package org.communs.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.junit.jupiter.api.Test;

class LauncherTileTest {

    private static String refusal(String label, String url) {
        PortalException error = assertThrows(PortalException.class, () -> new LauncherTile(label, url, null, 0));
        assertEquals(Reason.INVALID_INPUT, error.reason());
        return error.messageKey();
    }

    @Test
    void aTileLinksToAWebAddressWithADefaultIcon() {
        LauncherTile tile = new LauncherTile("  Nextcloud ", "https://cloud.example.org/apps", " ", 1);
        assertEquals("Nextcloud", tile.label());
        assertEquals("https://cloud.example.org/apps", tile.url());
        assertEquals("pi pi-external-link", tile.icon());
    }

    @Test
    void linksThatCouldRunScriptOrAreNotWebAddressesAreRefused() {
        assertEquals("launcher.error.badUrl", refusal("Evil", "javascript:alert(1)"));
        assertEquals("launcher.error.badUrl", refusal("Files", "file:///etc/passwd"));
        assertEquals("launcher.error.badUrl", refusal("Nothing", "https://"));
        assertEquals("launcher.error.badUrl", refusal("Spaces", "https://exa mple.org"));
    }

    @Test
    void labelsAreRequiredAndBounded() {
        assertEquals("launcher.error.labelRequired", refusal(" ", "https://example.org"));
        assertEquals("launcher.error.labelTooLong", refusal("x".repeat(81), "https://example.org"));
    }
}
