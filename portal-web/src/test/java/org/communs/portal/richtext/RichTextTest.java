package org.communs.portal.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RichTextTest {

    /** Written out again rather than read from RichText, so that widening the allowlist there fails here. */
    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "strong", "b", "em", "i", "u", "s",
            "strike", "sub", "sup", "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "ol", "ul", "li", "a", "img",
            "span", "hr", "table", "thead", "tbody", "tr", "th", "td", "div");

    /** From the usual XSS cheat-sheet families; each one must come out harmless. */
    static List<String> xssPayloads() {
        return List.of(
                // script tags, in any casing, split or unclosed
                "<script>alert(1)</script>",
                "<SCRIPT>alert(1)</SCRIPT>",
                "<ScRiPt>alert(1)</sCrIpT>",
                "<script src=https://evil.example/x.js></script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<script>alert(1)//<</script>",
                "<script>/*</script><script>*/alert(1)</script>",
                // event handlers
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=x OnErRoR=alert(1)>",
                "<img src=\"https://example.org/x.png\" onload=\"alert(1)\">",
                "<<img src=x onerror=alert(1)//<",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<video><source onerror=alert(1)></video>",
                "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</p>",
                // dangerous URLs in href and src
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"java\nscript:alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"java\tscript:alert(1)\">",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                "<img src=\"http://evil.example/x.png\">",
                // frames, plugins and document-level elements
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=\"import\" href=\"https://evil.example/x.html\">",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<style>body{background:url(\"javascript:alert(1)\")}</style>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<span style=\"x:expression(alert(1))\">x</span>",
                // forms
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
                "<isindex action=\"javascript:alert(1)\" type=image>",
                // foreign content
                "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<template><img src=x onerror=alert(1)></template>",
                // comments and attribute breaking
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
                "\"><script>alert(1)</script>",
                "'><img src=x onerror=alert(1)>",
                "<a href=\"https://example.org/\" title=\"\"><img src=x onerror=alert(1)>\">x</a>",
                // mutation XSS: markup the browser would re-parse differently
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<noscript><style></noscript><img src=x onerror=alert(1)>",
                "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
                "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;"
                        + "src=1&Tab;onerror=alert(1)&gt;\">",
                "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
                "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
                "<xmp></xmp><img src=x onerror=alert(1)>",
                "<textarea></textarea><img src=x onerror=alert(1)>",
                "<a href=\"https://example.org/\"><svg><a href=\"javascript:alert(1)\">x</a></svg></a>",
                "<table><caption><img src=x onerror=alert(1)></caption><tr><td>x</td></tr></table>");
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void xssPayloadsComeOutHarmless(String payload) {
        String output = RichText.sanitize(payload);
        Document parsed = Jsoup.parseBodyFragment(output);

        for (Element el : parsed.body().getAllElements()) {
            if (el == parsed.body()) {
                continue;
            }
            assertTrue(ALLOWED_ELEMENTS.contains(el.normalName()),
                    () -> "element <" + el.normalName() + "> in " + output);
            for (Attribute attr : el.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "event handler " + name + " in " + output);
                assertFalse(Set.of("style", "srcdoc", "formaction", "xlink:href", "action").contains(name),
                        () -> "attribute " + name + " in " + output);
                assertFalse(attr.getValue().toLowerCase(Locale.ROOT).contains("alert"),
                        () -> "script in attribute " + name + " of " + output);
            }
        }
        for (Element a : parsed.select("a[href]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            assertTrue(href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:"),
                    () -> "href " + href + " in " + output);
        }
        for (Element img : parsed.select("img[src]")) {
            assertTrue(img.attr("src").toLowerCase(Locale.ROOT).startsWith("https:"), () -> "img in " + output);
        }
        for (Element el : parsed.select("script, style")) {
            assertFalse(el.data().contains("alert"), () -> "script or style in " + output);
        }
        assertEquals(output, RichText.sanitize(output), "not stable");
    }

    @Test
    void nullAndBlankGiveEmpty() {
        assertEquals("", RichText.sanitize(null));
        assertEquals("", RichText.sanitize(" \n "));
        assertEquals("", RichText.sanitize("<script>alert(1)</script>"));
    }

    @Test
    void basicFormattingIsKept() {
        String html = "<p><strong>gras</strong> <em>italique</em> <u>souligné</u> <s>barré</s> x<sub>2</sub></p>";
        assertEquals(html, RichText.sanitize(html));
    }

    @Test
    void listsHeadingsQuotesAndCodeAreKept() {
        String html = "<h1>Titre</h1><h2>Sous-titre</h2><h3>Section</h3>"
                + "<ol><li>un</li><li class=\"ql-indent-1\">deux</li></ol><ul><li>trois</li></ul>"
                + "<blockquote>citation</blockquote><pre class=\"ql-syntax\">x = 1\n  y = 2</pre><hr>";
        assertEquals(html, RichText.sanitize(html));
    }

    @Test
    void onlyQuillClassesAreKept() {
        assertEquals("<p class=\"ql-align-center\">x</p>", RichText.sanitize("<p class=\"ql-align-center\">x</p>"));
        assertEquals("<p class=\"ql-align-right\">x</p>",
                RichText.sanitize("<p class=\"evil ql-align-right\">x</p>"));
        assertEquals("<p>x</p>", RichText.sanitize("<p class=\"evil\">x</p>"));
        assertEquals("<p><span class=\"ql-size-large\">x</span></p>",
                RichText.sanitize("<p><span class=\"ql-size-large\">x</span></p>"));
    }

    @Test
    void linksOpenInANewTabWithoutOpener() {
        assertEquals("<p><a href=\"https://example.org/page?a=1&amp;b=2\" rel=\"noopener noreferrer nofollow\" "
                        + "target=\"_blank\">lien</a></p>",
                RichText.sanitize("<p><a href=\"https://example.org/page?a=1&amp;b=2\" rel=\"noopener noreferrer\" "
                        + "target=\"_blank\">lien</a></p>"));
        assertEquals("<a href=\"mailto:bureau@example.org\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                + "écrire</a>", RichText.sanitize("<a href=\"mailto:bureau@example.org\">écrire</a>"));
    }

    @Test
    void linksWithARefusedUrlBecomeText() {
        assertEquals("<p>x</p>", RichText.sanitize("<p><a href=\"/relative\">x</a></p>"));
        assertEquals("<p>x</p>", RichText.sanitize("<p><a href=\"javascript:alert(1)\">x</a></p>"));
    }

    @Test
    void httpsImagesAreKeptOthersDropped() {
        String html = "<p><img src=\"https://example.org/logo.png\" alt=\"Logo\"></p>";
        assertEquals(html, RichText.sanitize(html));
        assertEquals("<p>x</p>", RichText.sanitize("<p>x<img src=\"http://example.org/logo.png\"></p>"));
        assertEquals("<p>x</p>", RichText.sanitize("<p>x<img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"));
    }

    @Test
    void textIsKeptAndEscaped() {
        String output = RichText.sanitize("<p>Élections à l'AG : 3 < 4 & 5</p>");
        assertEquals("<p>Élections à l'AG : 3 &lt; 4 &amp; 5</p>", output);
        assertEquals("Élections à l'AG : 3 < 4 & 5", RichText.plainText(output));
        assertEquals("<p>dans une section</p>", RichText.sanitize("<section><p>dans une section</p></section>"));
    }

    @Test
    void longInputIsCleanedNotRefused() {
        String html = "<p>mot </p>".repeat(RichText.MAX_HTML_CHARS / 10 + 1);
        assertTrue(html.length() > RichText.MAX_HTML_CHARS);
        assertEquals(html, RichText.sanitize(html));
    }

    @Test
    void plainTextKeepsLineBreaks() {
        assertEquals("Bonjour\nle monde", RichText.plainText("<p>Bonjour</p><p>le <strong>monde</strong></p>"));
        assertEquals("a\nb\nc", RichText.plainText("<p>a<br></p><p>b<br>c</p>"));
        assertEquals("a\n\nb", RichText.plainText("<p>a</p><p><br></p><p><br></p><p><br></p><p>b</p>"));
        assertEquals("Titre\nun\ndeux", RichText.plainText("<h1>Titre</h1><ol><li>un</li><li>deux</li></ol>"));
        assertEquals("x y", RichText.plainText("<script>alert(1)</script><p>  x \n  y  </p>"));
        assertEquals("", RichText.plainText(null));
    }

    @Test
    void excerptCutsAtAWordBoundary() {
        String html = "<p>Le conseil se réunira mardi prochain</p>";
        assertEquals("Le conseil se…", RichText.excerpt(html, 20));
        assertEquals("Le conseil…", RichText.excerpt("<p>Le conseil, se réunira</p>", 13));
        assertEquals("Anticonst…", RichText.excerpt("<p>Anticonstitutionnellement</p>", 10));
        assertEquals("court", RichText.excerpt("<p>court</p>", 10));
    }

    @Test
    void blankMeansNothingToShow() {
        assertTrue(RichText.isBlank("<p><br></p>"));
        assertTrue(RichText.isBlank("<p>&nbsp;</p><p> </p>"));
        assertTrue(RichText.isBlank(null));
        assertFalse(RichText.isBlank("<p><img src=\"https://x/y.png\"></p>"));
        assertFalse(RichText.isBlank("<p>x</p>"));
        // An image the sanitiser drops does not count.
        assertTrue(RichText.isBlank("<p><img src=\"http://x/y.png\"></p>"));
    }

    /** PrimeFaces 15 ships Quill 2, whose bullet lists and code blocks differ from Quill 1's. */
    @Test
    void keepsQuillTwoBulletListsAndCodeBlocks() {
        String bullets = RichText.sanitize("<ol><li data-list=\"bullet\">un</li><li data-list=\"x\" onclick=\"alert(1)\">deux</li></ol>");
        assertEquals("<ol><li data-list=\"bullet\">un</li><li>deux</li></ol>", bullets);
        String code = RichText.sanitize("<div class=\"ql-code-block-container\" style=\"x\"><div class=\"ql-code-block\">x = 1</div>"
                + "<div class=\"ql-code-block\">y = 2</div></div>");
        assertEquals("<div class=\"ql-code-block-container\"><div class=\"ql-code-block\">x = 1</div>"
                + "<div class=\"ql-code-block\">y = 2</div></div>", code);
        assertEquals("x = 1\ny = 2", RichText.plainText(code));
    }
}
