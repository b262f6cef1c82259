package org.communs.portal.plugin;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.communs.portal.plugins.links.LinksPlugin;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/**
 * The plugin figures of BENCHMARKS.md, against the running test server over HTTP, as an admin's
 * script would do it: 20 cycles of upload the example plugin (the admin API), wait until its REST
 * API answers, render its page, then install two API 1.1 fixtures (a job every second, a calendar,
 * notification kinds, settings; a page with a view model), render that page and the Agenda, let
 * the job run, and uninstall the three with their data; the time from upload to usable, and the
 * server's heap and loaded classes after full collections before and after the cycles, read
 * through the server's JMX connector. Runs only with {@code -Pplugins-benchmark}; fails if the
 * plugins' classes stay loaded.
 */
class PluginsBenchmark {

    private static final int CYCLES = 20;
    private static final int WARM_UP = 3;

    @Test
    void installAndUninstallCycles() throws Exception {
        String cookies = SignedInCookies.of(DemoUser.ADMIN);
        byte[] jar = PluginJars.jarOf(LinksPlugin.class);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(RunningPortal.jmxAddress()).strip()))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            ClassLoadingMXBean classes = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.CLASS_LOADING_MXBEAN_NAME,
                    ClassLoadingMXBean.class);
            for (String id : List.of("board", "team", "links")) {
                send(http, cookies, "DELETE", "/api/v1/admin/plugins/" + id + "?purge=true", null);
            }
            for (int i = 0; i < WARM_UP; i++) {
                cycle(http, cookies, jar);
            }
            settle(memory);
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            int classesBefore = classes.getLoadedClassCount();
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < CYCLES; i++) {
                millis.add(cycle(http, cookies, jar));
            }
            settle(memory);
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            int classesAfter = classes.getLoadedClassCount();
            List<Long> sorted = millis.stream().sorted().toList();
            String table = "| Measure | Result |\n|---|---|\n"
                    + String.format("| Upload (admin API) to the plugin's REST API answering, jar of %d KB, median of %d | %d ms |%n",
                            jar.length / 1024, CYCLES, sorted.get(CYCLES / 2))
                    + String.format("| Same, slowest | %d ms |%n", sorted.getLast())
                    + String.format("| Heap used after full GC, before the %d cycles (after %d warm-up cycles) | %.1f MB |%n",
                            CYCLES, WARM_UP, heapBefore / 1e6)
                    + String.format("| Heap used after full GC, after them | %.1f MB (%+.1f %%) |%n", heapAfter / 1e6,
                            100.0 * (heapAfter - heapBefore) / heapBefore)
                    + String.format("| Classes loaded in the server, before → after | %d → %d (%+d) |%n", classesBefore, classesAfter,
                            classesAfter - classesBefore);
            System.out.println("PLUGIN BENCHMARK\n" + table);
            Path out = Path.of("target", "plugins-benchmark.md");
            Files.writeString(out, table);
            // The example plugin has about 15 classes: kept loaders would add them at every cycle.
            if (classesAfter - classesBefore > CYCLES * 5) {
                throw new AssertionError("plugin classes stay loaded after uninstall: " + table);
            }
        }
    }

    /** One upload timed until the plugin's own API answers, one call, then uninstall with purge. */
    private static long cycle(HttpClient http, String cookies, byte[] jar) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> installed = send(http, cookies, "POST", "/api/v1/admin/plugins", jar);
        if (installed.statusCode() != 201) {
            throw new AssertionError("install refused: " + installed.statusCode() + " " + installed.body());
        }
        HttpResponse<String> listed = send(http, cookies, "GET", "/api/v1/plugins/links/links", null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (listed.statusCode() != 200) {
            throw new AssertionError("the plugin's API did not answer: " + listed.statusCode());
        }
        // Its page too (Facelets, its page model through the EL), so that the pages' caches are part of the count.
        HttpResponse<String> page = send(http, cookies, "GET", "/plugins/links/index.xhtml", null);
        if (page.statusCode() != 200 || !page.body().contains("links-table")) {
            throw new AssertionError("the plugin's page did not render: " + page.statusCode());
        }
        // API 1.1: a plugin with a job every second, a calendar, notification kinds and settings, and one
        // whose page keeps a view model; their page and the Agenda rendered, a job run, all released at uninstall.
        expect(send(http, cookies, "POST", "/api/v1/admin/plugins", TEAM), 201, "install team");
        expect(send(http, cookies, "POST", "/api/v1/admin/plugins", BOARD), 201, "install board");
        HttpResponse<String> board = send(http, cookies, "GET", "/plugins/board/index.xhtml", null);
        if (board.statusCode() != 200 || !board.body().contains("Modèle")) {
            throw new AssertionError("the view model's page did not render: " + board.statusCode());
        }
        expect(send(http, cookies, "GET", "/agenda.xhtml", null), 200, "the Agenda");
        Thread.sleep(1_100); // the team plugin's job runs at least once
        for (String id : List.of("board", "team", "links")) {
            expect(send(http, cookies, "DELETE", "/api/v1/admin/plugins/" + id + "?purge=true", null), 204, "uninstall " + id);
        }
        return millis;
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static final byte[] TEAM = PluginJars.fixture(org.example.fixtures.TeamPlugin.class,
            "id=team\nname=Équipe\nversion=1.0.0\napi=1.1\nclass=org.example.fixtures.TeamPlugin\n",
            java.util.Map.of("portal-plugin/migrations/V1__tick.sql",
                    "create table team_tick (id bigint not null auto_increment primary key, at datetime(6) not null);\n",
                    "org/example/fixtures/team.properties", "calendar.due=Échéances\n"));

    private static final byte[] BOARD = PluginJars.fixture(org.example.fixtures.BoardPlugin.class,
            "id=board\nname=Tableau\nversion=1.0.0\napi=1.1\nclass=org.example.fixtures.BoardPlugin\n",
            java.util.Map.of("META-INF/resources/plugins/board/index.xhtml", "<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " xmlns:h=\"jakarta.faces.html\" xmlns:ui=\"jakarta.faces.facelets\" xmlns:p=\"primefaces\""
                    + " template=\"/WEB-INF/templates/shell.xhtml\"><ui:define name=\"content\"><h:form id=\"board\">"
                    + "<h:panelGroup id=\"model\">Modèle #{boardTable.number}</h:panelGroup>"
                    + "<p:dataTable id=\"tasks\" value=\"#{boardTable.rows}\" var=\"task\" lazy=\"true\" paginator=\"true\" rows=\"5\">"
                    + "<p:column>#{task}</p:column></p:dataTable></h:form></ui:define></ui:composition>"));

    private static HttpResponse<String> send(HttpClient http, String cookies, String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningPortal.uri(path)).header("Cookie", cookies)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(1));
        if (body != null) {
            request.header("Content-Type", "application/octet-stream").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Full collections until the used heap stops falling (classes of closed loaders go with them). */
    private static void settle(MemoryMXBean memory) throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            memory.gc();
            Thread.sleep(300);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= previous - 100_000) {
                return;
            }
            previous = used;
        }
    }
}
