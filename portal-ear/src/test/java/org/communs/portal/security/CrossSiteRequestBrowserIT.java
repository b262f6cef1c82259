package org.communs.portal.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.communs.portal.plugins.links.LinksPlugin;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack of the security issue, played as the attacker did: an admin is signed in, and pages
 * of another site (served by this test on another port, as {@code localhost} — same site, another
 * origin, so the browser still sends the portal's cookies — and as {@code 127.0.0.1}, another
 * site) post forms and send credentialed {@code fetch} calls to the portal's API, a plugin's API
 * and the sign-out. Nothing changes: the plugin stays active, no link is created, the admin stays
 * signed in. The same calls made by the portal's own page succeed, so the refusals come from
 * where the calls come from and not from their shape.
 */
@ExtendWith(BrowserExtension.class)
class CrossSiteRequestBrowserIT {

    private static final String LINKS = "/api/v1/plugins/links/links";
    private static final String DISABLE = "/api/v1/admin/plugins/links/disable";
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static HttpServer attacker;

    @BeforeAll
    static void startTheAttackersSite() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] page = PAGES.getOrDefault(exchange.getRequestURI().getPath(), "<p>nothing</p>").getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        attacker.start();
    }

    @AfterAll
    static void stopTheAttackersSite() {
        attacker.stop(0);
    }

    @Test
    void pagesOfOtherSitesCannotActWithASignedInAdminsBrowser(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        String cookies = camille.portalCookies();
        installTheLinksPlugin(cookies);
        String portal = RunningPortal.url().replaceAll("/$", "");
        int port = attacker.getAddress().getPort();
        try {
            for (String site : List.of("http://localhost:" + port, "http://127.0.0.1:" + port)) {
                PAGES.put("/disable.html", autoSubmitted("<form method='post' action='" + portal + DISABLE + "'></form>"));
                attack(camille, site + "/disable.html", portal);

                // The text/plain trick: a form whose only field, name=value, reads as a JSON object.
                PAGES.put("/link.html", autoSubmitted("<form method='post' enctype='text/plain' action='" + portal + LINKS + "'>"
                        + "<input name='{\"title\":\"pwned-form-" + run + "\",\"url\":\"https://attacker.example/\",\"x\":\"' value='\"}'>"
                        + "</form>"));
                attack(camille, site + "/link.html", portal);

                PAGES.put("/fetch.html", "<script>Promise.allSettled(["
                        + credentialedPost(portal + LINKS, "text/plain", "{\"title\":\"pwned-fetch-" + run + "\",\"url\":\"https://attacker.example/\"}")
                        + "," + credentialedPost(portal + DISABLE, "text/plain", "")
                        + "]).then(() => document.title = 'sent');</script>");
                camille.driver().get(site + "/fetch.html");
                camille.waitUntil(d -> "sent".equals(d.getTitle()));

                PAGES.put("/sign-out.html", autoSubmitted("<form method='post' action='" + portal + "/sign-out'></form>"));
                attack(camille, site + "/sign-out.html", portal);

                assertEquals("ACTIVE", linksState(cookies), "an empty form posted from " + site + " did not disable the plugin");
                String links = RunningPortal.get(LINKS, "Cookie", cookies, "Accept", "application/json").body();
                assertFalse(links.contains("pwned"), "no link was created from " + site + ": " + links);
                assertEquals(200, RunningPortal.get("/api/v1/me", "Cookie", cookies).statusCode(),
                        "the admin is still signed in after " + site + "'s sign-out form");
            }

            // The portal's own page makes the same calls, and they work.
            camille.visit("/index.xhtml");
            Object created = ((org.openqa.selenium.JavascriptExecutor) camille.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('" + LINKS + "', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify({title: 'ours-" + run + "', url: 'https://example.org/'})}).then(r => done(r.status));");
            assertEquals(201L, created);
            assertTrue(RunningPortal.get(LINKS, "Cookie", cookies).body().contains("ours-" + run));
            Object disabled = ((org.openqa.selenium.JavascriptExecutor) camille.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('" + DISABLE + "', {method: 'POST'}).then(r => done(r.status));");
            assertEquals(204L, disabled);
            assertEquals("DISABLED", linksState(cookies));
        } finally {
            RunningPortal.send("DELETE", "/api/v1/admin/plugins/links?purge=true", "Cookie", cookies);
        }
    }

    /**
     * Below the browser, the rules themselves: a foreign {@code Origin} or {@code Sec-Fetch-Site}
     * is refused with the API's error shape and audited as such; the API refuses form formats
     * whatever their origin; the sign-out needs the session's token; and pages tell browsers not
     * to let other sites frame them.
     */
    @Test
    void theApiAnswersOnlyItsOwnOriginAndNeverAForm(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        String cookies = camille.portalCookies();
        installTheLinksPlugin(cookies);
        String portal = RunningPortal.url().replaceAll("/$", "");
        try {
            HttpResponse<String> foreign = post(DISABLE, cookies, null, "", "Origin", "http://localhost:8999");
            assertEquals(403, foreign.statusCode());
            assertTrue(foreign.body().contains("\"error\":\"cross-site\"") && foreign.body().contains("autre site"), foreign.body());
            assertEquals(403, post(DISABLE, cookies, null, "", "Origin", "null").statusCode(), "a sandboxed page's null origin");
            assertEquals(403, post(DISABLE, cookies, null, "", "Sec-Fetch-Site", "same-site", "Origin", portal).statusCode(),
                    "the browser's own word beats an Origin it may not have sent");
            assertEquals("ACTIVE", linksState(cookies));

            HttpResponse<String> asText = post(LINKS, cookies, "text/plain", "{\"title\":\"t\",\"url\":\"https://example.org/\"}");
            assertEquals(415, asText.statusCode(), asText.body());
            assertTrue(asText.body().contains("JSON"), asText.body());
            assertEquals(415, post(LINKS, cookies, "application/x-www-form-urlencoded", "title=t").statusCode());
            assertEquals(415, post(LINKS, cookies, "application/xml", "<link/>").statusCode(),
                    "a plugin's route takes only what its method consumes");

            String title = "same-origin-" + UUID.randomUUID();
            HttpResponse<String> ours = post(LINKS, cookies, "application/json",
                    "{\"title\":\"" + title + "\",\"url\":\"https://example.org/\"}", "Origin", portal, "Sec-Fetch-Site", "same-origin");
            assertEquals(201, ours.statusCode(), ours.body());

            HttpResponse<String> tokenless = post("/sign-out", cookies, "application/x-www-form-urlencoded", "");
            assertEquals(302, tokenless.statusCode());
            assertEquals(200, RunningPortal.get("/api/v1/me", "Cookie", cookies).statusCode(), "no token, no sign-out");

            HttpResponse<String> page = RunningPortal.get("/index.xhtml", "Cookie", cookies);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
            assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        } finally {
            RunningPortal.send("DELETE", "/api/v1/admin/plugins/links?purge=true", "Cookie", cookies);
        }
    }

    /** Opens the attacker's page, which posts itself, and waits for the portal's answer to load. */
    private static void attack(Browser victim, String page, String portal) {
        victim.driver().get(page);
        victim.waitUntil(d -> d.getCurrentUrl().startsWith(portal)
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String autoSubmitted(String form) {
        return "<!doctype html><html><body>" + form + "<script>document.forms[0].submit();</script></body></html>";
    }

    private static String credentialedPost(String url, String type, String body) {
        return "fetch('" + url + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': '" + type + "'}, body: " + toJsString(body) + "})";
    }

    private static String toJsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void installTheLinksPlugin(String cookies) throws Exception {
        RunningPortal.send("DELETE", "/api/v1/admin/plugins/links?purge=true", "Cookie", cookies);
        HttpResponse<String> installed = sendBytes("POST", "/api/v1/admin/plugins", cookies, "application/octet-stream",
                PluginJars.jarOf(LinksPlugin.class));
        assertEquals(201, installed.statusCode(), installed.body());
        assertEquals("ACTIVE", linksState(cookies));
    }

    private static String linksState(String cookies) {
        String body = RunningPortal.get("/api/v1/admin/plugins", "Cookie", cookies, "Accept", "application/json").body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("\"id\":\"links\"[^}]*\"state\":\"(\\w+)\"").matcher(body);
        return state.find() ? state.group(1) : "NOT INSTALLED: " + body;
    }

    private static HttpResponse<String> post(String path, String cookies, String type, String body, String... headers)
            throws Exception {
        return sendBytes("POST", path, cookies, type, body.getBytes(UTF_8), headers);
    }

    private static HttpResponse<String> sendBytes(String method, String path, String cookies, String type, byte[] body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPortal.url()).resolve(path.substring(1)))
                .header("Cookie", cookies).header("Accept", "application/json").header("Accept-Language", "fr")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
