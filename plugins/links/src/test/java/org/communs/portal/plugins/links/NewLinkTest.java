package org.communs.portal.plugins.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewLinkTest {

    @Test
    void keepsAValidLinkTrimmed() throws InvalidLinkException {
        NewLink link = NewLink.of("  Wiki  ", " https://wiki.example.org/accueil?x=1#haut ", "  Notre wiki ");

        assertEquals(new NewLink("Wiki", "https://wiki.example.org/accueil?x=1#haut", "Notre wiki"), link);
    }

    @Test
    void acceptsHttpAnyCaseAndAMissingDescription() throws InvalidLinkException {
        assertEquals("", NewLink.of("Intranet", "HTTP://intranet.local:8080/", null).description());
    }

    @Test
    void acceptsInternationalHostNames() throws InvalidLinkException {
        assertEquals("https://café.example/menu", NewLink.of("Café", "https://café.example/menu", "").url());
    }

    @Test
    void putsATitleOnOneLine() throws InvalidLinkException {
        assertEquals("Deux lignes", NewLink.of("Deux\r\nlignes", "https://example.org", "").title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesAMissingTitle(String title) {
        assertProblem("title", "links.error.title.missing", () -> NewLink.of(title, "https://example.org", ""));
        assertProblem("title", "links.error.title.missing", () -> NewLink.of(null, "https://example.org", ""));
    }

    @Test
    void countsTheTitleInCharactersAsTheDatabaseDoes() throws InvalidLinkException {
        String emoji = "\uD83D\uDD17"; // one character, two UTF-16 units
        assertEquals(120, NewLink.of(emoji.repeat(120), "https://example.org", "").title().codePointCount(0, 240));

        InvalidLinkException tooLong = assertProblem("title", "links.error.title.tooLong",
                () -> NewLink.of("a".repeat(121), "https://example.org", ""));
        assertEquals(120, tooLong.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "mailto:someone@example.org",
        "ftp://files.example.org/",
        "/relative/path",
        "wiki.example.org",
        "//example.org/protocol-relative",
        "http:example.org",
        "https:///no-host",
        "https://exa mple.org/",
        "https://example.org/<script>"
    })
    void refusesWhatIsNotAnAbsoluteWebAddress(String url) {
        assertProblem("url", "links.error.url.invalid", () -> NewLink.of("Lien", url, ""));
    }

    @Test
    void refusesAMissingAddress() {
        assertProblem("url", "links.error.url.missing", () -> NewLink.of("Lien", "  ", ""));
        assertProblem("url", "links.error.url.missing", () -> NewLink.of("Lien", null, ""));
    }

    @Test
    void acceptsAnAddressUpToTwoThousandCharacters() throws InvalidLinkException {
        String base = "https://example.org/";
        String longest = base + "a".repeat(2000 - base.length());

        assertEquals(longest, NewLink.of("Lien", longest, "").url());
        assertProblem("url", "links.error.url.tooLong", () -> NewLink.of("Lien", longest + "a", ""));
    }

    @Test
    void acceptsADescriptionUpToFiveHundredCharacters() throws InvalidLinkException {
        assertEquals(500, NewLink.of("Lien", "https://example.org", "d".repeat(500)).description().length());
        assertProblem("description", "links.error.description.tooLong",
                () -> NewLink.of("Lien", "https://example.org", "d".repeat(501)));
    }

    @Test
    void reportsTheTitleBeforeTheAddress() {
        assertProblem("title", "links.error.title.missing", () -> NewLink.of("", "javascript:alert(1)", ""));
    }

    private static InvalidLinkException assertProblem(String field, String key, Attempt attempt) {
        InvalidLinkException problem = assertThrows(InvalidLinkException.class, attempt::run);
        assertEquals(field, problem.field());
        assertEquals(key, problem.messageKey());
        return problem;
    }

    /** A call that may refuse the link. */
    @FunctionalInterface
    private interface Attempt {
        void run() throws InvalidLinkException;
    }
}
