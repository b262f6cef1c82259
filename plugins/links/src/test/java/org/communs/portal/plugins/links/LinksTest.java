package org.communs.portal.plugins.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;

/** The checks made before anything is read or stored (the repository here fails if it is reached). */
class LinksTest {

    @Test
    void aMemberWithoutThePermissionCannotAddEvenAnInvalidLink() {
        TestPluginContext portal = portal("MEMBER");
        Links links = links(portal);

        assertThrows(AccessDeniedException.class, () -> links.add("", "javascript:alert(1)", ""));
        assertThrows(AccessDeniedException.class, () -> links.add("Wiki", "https://wiki.example.org", ""));
        assertEquals(0, portal.audited().size() + portal.indexed().size());
    }

    @Test
    void aMemberWithoutThePermissionCannotDelete() {
        assertThrows(AccessDeniedException.class, () -> links(portal("MEMBER")).delete(1));
        assertThrows(AccessDeniedException.class, () -> links(portal(null)).delete(1));
    }

    @Test
    void aManagerIsToldWhatIsWrongBeforeAnythingIsStored() {
        TestPluginContext portal = portal("ADMIN");

        InvalidLinkException invalid = assertThrows(InvalidLinkException.class,
                () -> links(portal).add("Piège", "javascript:alert(1)", ""));
        assertEquals("url", invalid.field());
        assertEquals(0, portal.audited().size() + portal.indexed().size());
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThrows(AccessDeniedException.class, () -> links(portal(null)).read());
        assertThrows(AccessDeniedException.class, () -> links(portal(null)).latest(5));
    }

    @Test
    void onlyManagersSeeTheControls() {
        assertTrue(links(portal("ADMIN")).canManage());
        assertFalse(links(portal("MEMBER")).canManage());
        assertFalse(links(portal(null)).canManage());
    }

    @Test
    void everyMemberFindsALinkByItsWordsAndLandsOnTheLinksPage() {
        SearchEntry entry = Links.searchEntry(new Link(42, "Wiki", "https://wiki.example.org", "Documentation interne",
                7L, Instant.parse("2026-01-15T09:30:00Z")));

        assertEquals(new SearchEntry("link", "42", "Wiki", "Wiki Documentation interne https://wiki.example.org",
                "/plugins/links/index.xhtml", Audience.members()), entry);
    }

    /** The links plugin's own descriptor and permissions, with a member of that role signed in (null: nobody). */
    private static TestPluginContext portal(String role) {
        return TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties")
                .signedIn(role == null ? null : TestPluginContext.member(7, "Camille", role));
    }

    private static Links links(TestPluginContext portal) {
        return new Links(portal, new LinkRepository(portal.dataSource()));
    }
}
