package org.communs.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void pluginBuiltForAnOlderMinorRunsOnANewerPortal() {
        assertTrue(ApiVersion.parse("1.5").satisfies(ApiVersion.parse("1.2")));
        assertTrue(ApiVersion.parse("1.2").satisfies(ApiVersion.parse("1.2")));
    }

    @Test
    void pluginNeedingANewerMinorIsRefused() {
        assertFalse(ApiVersion.parse("1.1").satisfies(ApiVersion.parse("1.2")));
    }

    @Test
    void pluginBuiltForAnotherMajorIsRefused() {
        assertFalse(ApiVersion.parse("2.0").satisfies(ApiVersion.parse("1.0")));
        assertFalse(ApiVersion.parse("1.9").satisfies(ApiVersion.parse("2.0")));
    }

    @Test
    void malformedVersionsAreRejectedWithTheOffendingText() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("1.x"));
        assertTrue(error.getMessage().contains("1.x"));
        assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("1"));
        assertThrows(IllegalArgumentException.class, () -> new ApiVersion(-1, 0));
    }

    @Test
    void versionsPrintAndOrderAsWritten() {
        assertEquals("1.10", ApiVersion.parse(" 1.10 ").toString());
        assertTrue(ApiVersion.parse("1.10").compareTo(ApiVersion.parse("1.9")) > 0);
    }
}
