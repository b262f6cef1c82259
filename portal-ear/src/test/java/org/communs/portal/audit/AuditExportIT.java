package org.communs.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/** Admins export the audit log as CSV; nobody else can, even with the direct URL. */
class AuditExportIT {

    @Test
    void anAdminDownloadsTheAuditLogWithTheSignInsInIt() {
        HttpResponse<String> response = RunningPortal.get("/admin/audit.csv?action=security.login",
                "Cookie", SignedInCookies.of(DemoUser.ADMIN));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("audit-log.csv"));
        String[] lines = response.body().split("\r\n");
        assertEquals("id,occurred_at_utc,actor_id,actor,action,object_type,object_id,details,client_ip", lines[0]);
        assertTrue(response.body().contains("\"Camille Durand (camille)\",\"security.login\""), response.body());
    }

    @Test
    void aMemberGetsA403FromTheDirectUrl() {
        HttpResponse<String> response = RunningPortal.get("/admin/audit.csv",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER));

        assertEquals(403, response.statusCode());
    }
}
