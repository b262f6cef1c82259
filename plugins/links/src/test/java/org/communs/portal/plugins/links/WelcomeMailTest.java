package org.communs.portal.plugins.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomeMailTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");

    @Test
    void listsEveryLinkInHtmlAndPlainText() {
        WelcomeMail mail = WelcomeMail.listing(List.of(
                new Link(1, "Wiki", "https://wiki.example.org/", "Notre documentation", 7L, NOW),
                new Link(2, "Agenda", "https://agenda.example.org/", "", null, NOW)), (key, arguments) -> "[" + key + "]");

        assertEquals("[links.mail.subject]", mail.subject());
        assertTrue(mail.html().contains("<li><a href=\"https://wiki.example.org/\">Wiki</a><br>Notre documentation</li>"));
        assertTrue(mail.html().contains("<li><a href=\"https://agenda.example.org/\">Agenda</a></li>"));
        assertTrue(mail.plainText().contains("- Wiki : https://wiki.example.org/\n  Notre documentation\n"));
        assertTrue(mail.plainText().startsWith("[links.mail.intro]"));
    }

    @Test
    void escapesWhatMembersTyped() {
        WelcomeMail mail = WelcomeMail.listing(List.of(new Link(1, "<script>alert('x')</script> & co",
                "https://example.org/?a=1&b=\"2\"", "<img src=x onerror=alert(1)>", 7L, NOW)), (key, arguments) -> key);

        assertFalse(mail.html().contains("<script>"));
        assertFalse(mail.html().contains("<img"));
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assertTrue(mail.html().contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""));
    }

    @Test
    void escapesTheFiveHtmlCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;l&#39;été &amp;&lt;/a&gt;", WelcomeMail.escape("<a href=\"x\">l'été &</a>"));
    }
}
