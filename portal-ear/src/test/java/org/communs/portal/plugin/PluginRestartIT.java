package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.communs.portal.testing.TestDatabase;
import org.example.fixtures.FlakyPlugin;
import org.junit.jupiter.api.Test;

/**
 * A plugin that cannot start is tried again when the portal really starts again (the application
 * restarted in the running server, as an upgrade or a restart does): it is still shown failed
 * with its own error, the portal works, and once its cause is gone an admin enables it. Every
 * step an admin takes is in the audit log.
 */
class PluginRestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PLUGINS = "/api/v1/admin/plugins";

    @Test
    void aPluginThatFailsAtStartIsTriedAgainAtTheNextStartAndShownFailedWithItsError() throws Exception {
        byte[] jar = PluginJars.fixture(FlakyPlugin.class,
                "id=flaky\nname=Flaky\nversion=1.0.0\napi=1.0\nclass=org.example.fixtures.FlakyPlugin\n",
                Map.of("portal-plugin/migrations/V1__switch.sql", "create table flaky_switch (id int not null);\n"));
        HttpResponse<String> installed = HTTP.send(HttpRequest.newBuilder(RunningPortal.uri(PLUGINS))
                .header("Cookie", SignedInCookies.of(DemoUser.ADMIN)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, installed.statusCode(), installed.body());
        assertEquals("ACTIVE", Json.object(installed).getString("state"));
        try {
            try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into flaky_switch (id) values (1)");
            }

            restartThePortal();

            JsonObject flaky = plugin("flaky");
            assertEquals("FAILED", flaky.getString("state"), flaky.toString());
            assertTrue(flaky.getString("error").contains("interrupteur de panne actif"), flaky.toString());
            assertTrue(plugins().stream().filter(p -> !p.getString("id").equals("flaky"))
                    .allMatch(p -> p.getString("state").equals("ACTIVE")), "the others started: " + plugins());
            assertEquals(200, RunningPortal.get("/health").statusCode(), "the portal works");

            try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from flaky_switch");
            }
            assertEquals(204, post(PLUGINS + "/flaky/enable").statusCode());
            assertEquals("ACTIVE", plugin("flaky").getString("state"));
        } finally {
            assertEquals(204, RunningPortal.send("DELETE", PLUGINS + "/flaky?purge=true", "Cookie", SignedInCookies.of(DemoUser.ADMIN))
                    .statusCode());
        }
        String audit = RunningPortal.get("/admin/audit.csv?action=plugin.", "Cookie", SignedInCookies.of(DemoUser.ADMIN)).body();
        for (String action : new String[] {"plugin.installed", "plugin.enabled", "plugin.uninstalled"}) {
            assertTrue(audit.contains("\"Camille Durand (camille)\",\"" + action + "\",\"plugin\",\"flaky\""), action + " in " + audit);
        }
    }

    /** Restarts the portal application in the running server (its MBean), then waits until it says it started. */
    private static void restartThePortal() throws Exception {
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(RunningPortal.jmxAddress()).strip()))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            ObjectName portal = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=portal");
            // Stopped, then started, each awaited: Liberty's one-call "restart" raced its own stop here
            // ("Module has been uninstalled").
            server.invoke(portal, "stop", null, null);
            awaitState(server, portal, "STOPPED");
            server.invoke(portal, "start", null, null);
            awaitState(server, portal, "STARTED");
        }
        SignedInCookies.forget();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (RunningPortal.get("/health/started").statusCode() != 200 || RunningPortal.get("/health").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the portal did not start again: " + RunningPortal.get("/health").body());
            }
            Thread.sleep(500);
        }
    }

    private static void awaitState(MBeanServerConnection server, ObjectName application, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!state.equals(server.getAttribute(application, "State"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the portal application is " + server.getAttribute(application, "State") + ", not " + state);
            }
            Thread.sleep(200);
        }
    }

    private static java.util.List<JsonObject> plugins() {
        HttpResponse<String> list = RunningPortal.get(PLUGINS, "Cookie", SignedInCookies.of(DemoUser.ADMIN));
        assertEquals(200, list.statusCode(), list.body());
        return Json.array(list).getValuesAs(JsonObject.class);
    }

    private static JsonObject plugin(String id) {
        return plugins().stream().filter(p -> p.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no plugin " + id + " in " + plugins()));
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(RunningPortal.uri(path)).header("Cookie", SignedInCookies.of(DemoUser.ADMIN))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
