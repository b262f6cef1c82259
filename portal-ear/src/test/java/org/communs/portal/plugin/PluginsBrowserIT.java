package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communs.portal.plugins.links.LinksPlugin;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The journey: an admin installs the example plugin ("Liens utiles", built by
 * {@code plugins/links}) through Admin → Plugins of the running portal, without any restart; its
 * menu entry, page (PrimeFaces), home widget and REST API appear; data is created in its tables;
 * disabling hides it (REST 404) and enabling brings it back with its data; an upgrade with a new
 * migration keeps the data; uninstalling with "purge" removes it all. A file that is not a plugin
 * is refused with a clear message.
 */
@ExtendWith(BrowserExtension.class)
class PluginsBrowserIT {

    private static final String REST = "/api/v1/plugins/links/links";

    @Test
    void anAdminInstallsUsesDisablesUpgradesAndUninstallsTheExamplePlugin(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Path dir = Files.createTempDirectory("plugins");
        byte[] links = PluginJars.jarOf(LinksPlugin.class);
        Path version1 = Files.write(dir.resolve("portal-plugin-links.jar"), links);
        Path version2 = Files.write(dir.resolve("portal-plugin-links-1.1.0.jar"), upgraded(links));
        Path notAJar = Files.writeString(dir.resolve("liens.jar"), "ceci n'est pas un module");

        camille.signIn(DemoUser.ADMIN, "/admin/plugins.xhtml");
        assertFalse(camille.findAll(By.id("admin-plugins")).isEmpty(), "Admin → Plugins is in the admin menu");
        camille.find(By.id("upload:jar")).sendKeys(notAJar.toString());
        camille.click(By.id("upload:send"));
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("pas un module"));
        assertTrue(camille.findAll(By.id("nav-links")).isEmpty());

        long uploaded = System.nanoTime();
        camille.find(By.id("upload:jar")).sendKeys(version1.toString());
        camille.click(By.id("upload:send"));
        camille.waitUntil(d -> !d.findElements(By.id("nav-links")).isEmpty());
        System.out.printf("PLUGIN BENCHMARK upload to menu entry: %d ms%n", (System.nanoTime() - uploaded) / 1_000_000);
        assertTrue(camille.text(By.id("messages")).contains("Liens utiles » 1.0.0 est installé et actif"), camille.text(By.id("messages")));
        assertTrue(camille.text(By.cssSelector("tr[data-plugin='links']")).contains("Actif"));

        // Its page, with PrimeFaces components, and a link created in its table.
        camille.click(By.id("nav-links"));
        camille.waitUntil(d -> d.findElement(By.id("page-title")).getText().contains("Liens utiles"));
        assertFalse(camille.findAll(By.cssSelector("#links-table.ui-datatable")).isEmpty(), "a PrimeFaces data table");
        String title = "Statuts " + run;
        camille.typeInto(By.id("link-form:title"), title);
        camille.typeInto(By.id("link-form:url"), "https://example.org/statuts-" + run);
        camille.click(By.id("link-form:add"));
        camille.waitUntil(d -> d.findElement(By.id("links-table")).getText().contains(title));

        try (Browser amina = Browser.open()) {
            amina.signIn(DemoUser.MEMBER, "/index.xhtml");
            assertTrue(amina.text(By.id("widget-links-latest-links")).contains(title), "its home widget");
            HttpResponse<String> listed = RunningPortal.get(REST, "Cookie", amina.portalCookies(), "Accept", "application/json");
            assertEquals(200, listed.statusCode());
            assertTrue(listed.body().contains(title), listed.body());
            assertEquals(403, post(amina, "{\"title\":\"x\",\"url\":\"https://example.org\"}").statusCode(),
                    "members read, only managers (admins) add");
            assertEquals(400, post(camille, "{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}").statusCode());
            assertTrue(amina.findAll(By.id("link-form:add")).isEmpty());

            // Disabled: gone from the menu, its page and REST answer 404; its data kept.
            camille.visit("/admin/plugins.xhtml");
            camille.click(By.cssSelector("tr[data-plugin='links'] input[id$='disable']"));
            camille.waitUntil(d -> d.findElement(By.cssSelector("tr[data-plugin='links']")).getText().contains("Désactivé"));
            assertTrue(camille.findAll(By.id("nav-links")).isEmpty());
            assertEquals(404, RunningPortal.get(REST, "Cookie", amina.portalCookies()).statusCode());
            assertEquals(404, RunningPortal.get("/plugins/links/index.xhtml", "Cookie", amina.portalCookies()).statusCode());
            amina.visit("/index.xhtml");
            assertTrue(amina.findAll(By.id("widget-links-latest-links")).isEmpty());

            camille.click(By.cssSelector("tr[data-plugin='links'] input[id$='enable']"));
            camille.waitUntil(d -> !d.findElements(By.id("nav-links")).isEmpty());
            assertTrue(RunningPortal.get(REST, "Cookie", amina.portalCookies()).body().contains(title), "its data is still there");

            // Upgraded to 1.1.0, whose new migration runs; the data stays.
            camille.find(By.id("upload:jar")).sendKeys(version2.toString());
            camille.click(By.id("upload:send"));
            camille.waitUntil(d -> d.findElement(By.cssSelector("tr[data-plugin='links'] .version")).getText().contains("1.1.0"));
            assertTrue(camille.text(By.cssSelector("tr[data-plugin='links'] .version")).contains("v2"), "schema version 2");
            assertTrue(RunningPortal.get(REST, "Cookie", amina.portalCookies()).body().contains(title));

            // Uninstalled after a confirmation, with its data purged.
            camille.click(By.cssSelector("tr[data-plugin='links'] input[id$='uninstall']"));
            camille.waitUntil(d -> !d.findElements(By.id("confirm:yes")).isEmpty());
            camille.click(By.id("confirm:purge"));
            camille.click(By.id("confirm:yes"));
            camille.waitUntil(d -> d.findElements(By.cssSelector("tr[data-plugin='links']")).isEmpty());
            assertTrue(camille.text(By.id("messages")).contains("données sont effacées"));
            assertTrue(camille.findAll(By.id("nav-links")).isEmpty());
            assertEquals(404, RunningPortal.get(REST, "Cookie", amina.portalCookies()).statusCode());
            amina.visit("/index.xhtml");
            assertTrue(amina.findAll(By.id("widget-links-latest-links")).isEmpty(), "the portal works without it");
        }
    }

    /**
     * A plugin declared per-collective: a collective's lead turns it on for their space on the
     * collective's edit page, and the admin page shows the choice.
     */
    @Test
    void aLeadTurnsAPerCollectivePluginOnForTheirCollective(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        byte[] jar = PluginJars.fixture(org.example.fixtures.FlakyPlugin.class, "id=flaky\nname=Carnet du collectif\nversion=1.0.0\n"
                        + "api=1.0\nclass=org.example.fixtures.FlakyPlugin\nper-collective=true\n",
                Map.of("portal-plugin/migrations/V1__switch.sql", "create table flaky_switch (id int not null);\n"));
        Path file = Files.write(Files.createTempDirectory("plugins").resolve("carnet.jar"), jar);
        try (Browser lucas = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/index.xhtml");
            camille.signIn(DemoUser.ADMIN, "/admin/plugins.xhtml");
            camille.find(By.id("upload:jar")).sendKeys(file.toString());
            camille.click(By.id("upload:send"));
            camille.waitUntil(d -> d.findElement(By.cssSelector("tr[data-plugin='flaky']")).getText().contains("Actif"));
            String collectiveId = org.communs.portal.testing.CollectiveSteps.createLedBy(camille, "Jardin " + run, lucas);

            lucas.visit("/collectives/edit.xhtml?id=" + collectiveId);
            assertTrue(lucas.text(By.cssSelector("#plugins li[data-plugin='flaky']")).contains("désactivé"));
            lucas.click(By.cssSelector("#plugins li[data-plugin='flaky'] input[id$='toggle']"));
            lucas.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Module activé pour ce collectif"));
            assertTrue(lucas.text(By.cssSelector("#plugins li[data-plugin='flaky']")).contains("activé"));
            assertFalse(lucas.text(By.cssSelector("#plugins li[data-plugin='flaky']")).contains("désactivé"));

            camille.visit("/admin/plugins.xhtml");
            assertTrue(camille.find(By.cssSelector("input[type='checkbox'][value='" + collectiveId + "']")).isSelected(),
                    "the admin page shows the lead's choice");
        } finally {
            assertEquals(204, RunningPortal.send("DELETE", "/api/v1/admin/plugins/flaky?purge=true", "Cookie",
                    camille.portalCookies()).statusCode());
        }
    }

    /** Version 1.1.0 of the example plugin: the same jar with a new migration, as its next release would be. */
    private static byte[] upgraded(byte[] jar) {
        Map<String, byte[]> entries = new LinkedHashMap<>(PluginJars.entries(jar));
        String descriptor = new String(entries.get("META-INF/portal-plugin.properties"), StandardCharsets.UTF_8);
        entries.put("META-INF/portal-plugin.properties", descriptor.replaceAll("(?m)^version=.*$", "version=1.1.0")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("portal-plugin/migrations/V2__link_clicks.sql",
                "alter table links_link add column clicks int not null default 0;\n".getBytes(StandardCharsets.UTF_8));
        return PluginJars.jar(entries);
    }

    private static HttpResponse<String> post(Browser who, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPortal.url()).resolve(REST.substring(1)))
                .header("Cookie", who.portalCookies()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
