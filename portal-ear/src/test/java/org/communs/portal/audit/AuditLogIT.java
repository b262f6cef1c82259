package org.communs.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log keeps who did what, when, from where, and finds it again by filters. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("audit-it.war", AuditLogIT.class);
    }

    @Inject
    AuditLog audit;

    @Test
    void anEntryIsFoundByActionActorAndTimeWithItsDetails() {
        String actor = "Auditor " + UUID.randomUUID();
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        audit.record(new Actor(42L, actor, "192.0.2.7"),
                AuditEvent.on("test.thing-done", "thing", 7, Map.of("to", "Élodie \"quoted\"", "from", "x")));

        List<AuditRecord> found = audit.search(new AuditQuery("test.", actor, before, null, 10));

        assertEquals(1, found.size());
        AuditRecord entry = found.get(0);
        assertEquals(42L, entry.actorId());
        assertEquals("test.thing-done", entry.action());
        assertEquals("thing", entry.objectType());
        assertEquals("7", entry.objectId());
        assertEquals("192.0.2.7", entry.clientIp());
        assertEquals("{\"from\":\"x\",\"to\":\"Élodie \\\"quoted\\\"\"}", entry.details());
        assertTrue(audit.search(new AuditQuery("test.", actor, null, before, 10)).isEmpty(), "nothing before");
    }
}
