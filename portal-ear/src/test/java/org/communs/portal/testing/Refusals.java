package org.communs.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/** Assertions on the portal's refusals: which reason, which message key. Deploy it with the test class. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertForbidden(Runnable action) {
        PortalException refused = assertThrows(PortalException.class, action::run);
        assertEquals(Reason.FORBIDDEN, refused.reason(), refused.messageKey());
    }

    public static void assertInvalid(String key, Runnable action) {
        PortalException refused = assertThrows(PortalException.class, action::run);
        assertEquals(key, refused.messageKey());
    }
}
