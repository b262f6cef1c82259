package org.communs.portal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.communs.portal.error.PortalException;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The launcher's tiles go through JPA into MariaDB and come back as they were written. */
@ExtendWith(ArquillianExtension.class)
class LauncherPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("launcher-it.war", LauncherPersistenceIT.class);
    }

    @Inject
    Launcher launcher;

    @Test
    void aTileAddedByAnAdminIsReadBackInDisplayOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tile second = launcher.addTile("Comptabilité " + suffix, "https://compta.example.org/", "pi pi-wallet", 20);
        Tile first = launcher.addTile("Nextcloud " + suffix, "https://cloud.example.org/", null, 10);

        List<Tile> mine = launcher.tiles().stream().filter(t -> t.label().endsWith(suffix)).toList();

        assertEquals(List.of(first, second), mine);
        assertEquals("Comptabilité " + suffix, mine.get(1).label(), "accented text survives the round trip");
        assertEquals("pi pi-external-link", mine.get(0).icon());
        assertTrue(first.id() > 0);
    }

    @Test
    void aRefusedTileLeavesNothingBehind() {
        String label = "Évil " + UUID.randomUUID();
        PortalException error = assertThrows(PortalException.class,
                () -> launcher.addTile(label, "javascript:alert(1)", null, 0));

        assertEquals("launcher.error.badUrl", error.messageKey());
        assertTrue(launcher.tiles().stream().noneMatch(t -> t.label().equals(label)));
    }
}
