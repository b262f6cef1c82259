package org.communs.portal.plugin;

import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.Members;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.plugins.links.LinksPlugin;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin figures of BENCHMARKS.md, inside the running server: the time from an uploaded jar
 * to the plugin in service (checks, migrations, start, pages unpacked) and usable (its page model
 * made, its REST resource answering), and the server's heap after 20 install/uninstall cycles of
 * the example plugin, after full collections, with whether each cycle's class loader was
 * collected. Runs only with {@code -Pplugins-benchmark}; asserts only that the loaders are gone.
 */
@ExtendWith(ArquillianExtension.class)
class PluginsBenchmark {

    private static final int CYCLES = 20;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("plugins-benchmark.war", PluginsBenchmark.class, PluginJars.class)
                .addAsResource(new ByteArrayAsset(PluginJars.jarOf(LinksPlugin.class)), "fixtures/links.jar");
    }

    @Inject
    PluginHost host;

    @Inject
    Members members;

    @Test
    void installAndUninstallCycles() throws Exception {
        MemberSummary admin = admin();
        byte[] jar = getClass().getClassLoader().getResourceAsStream("fixtures/links.jar").readAllBytes();
        if (host.installed().stream().anyMatch(p -> p.id().equals("links"))) {
            host.uninstall(admin, "links", true);
        }
        for (int i = 0; i < 3; i++) {
            cycle(admin, jar, null);
        }
        long before = usedHeapAfterGc();
        List<Long> millis = new ArrayList<>();
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        for (int i = 0; i < CYCLES; i++) {
            millis.add(cycle(admin, jar, loaders));
        }
        long after = usedHeapAfterGc();
        long collected = loaders.stream().filter(loader -> loader.get() == null).count();
        List<Long> sorted = millis.stream().sorted().toList();
        String table = "| Measure | Result |\n|---|---|\n"
                + String.format("| Upload to usable (jar %d KB; checks, migration, start, page model, REST call), median of %d | %d ms |%n",
                        jar.length / 1024, CYCLES, sorted.get(CYCLES / 2))
                + String.format("| Upload to usable, slowest | %d ms |%n", sorted.getLast())
                + String.format("| Heap used after full GC, before the %d cycles | %.1f MB |%n", CYCLES, before / 1e6)
                + String.format("| Heap used after full GC, after them | %.1f MB (%+.1f %%) |%n", after / 1e6, 100.0 * (after - before) / before)
                + String.format("| Plugin class loaders collected | %d of %d |%n", collected, CYCLES);
        System.out.println("PLUGIN BENCHMARK\n" + table);
        Path out = Path.of(System.getProperty("server.output.dir", "."), "plugins-benchmark.md");
        try {
            Files.writeString(out, table);
        } catch (IOException e) {
            System.out.println("Could not write " + out + ": " + e);
        }
        if (collected < CYCLES - 1) {
            throw new AssertionError("plugin class loaders kept alive: " + (CYCLES - collected) + " of " + CYCLES);
        }
    }

    /** One install (timed until usable) and uninstall with purge. @return the install's milliseconds */
    private long cycle(MemberSummary admin, byte[] jar, List<WeakReference<ClassLoader>> loaders) throws Exception {
        long started = System.nanoTime();
        host.install(admin, PluginJars.stream(jar));
        ActivePlugin plugin = host.active("links").orElseThrow();
        Object model = plugin.pageModels().get("links").get();
        Object listed = plugin.restResource().getClass().getMethod("list").invoke(plugin.restResource());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (model == null || listed == null) {
            throw new AssertionError("the plugin was not usable");
        }
        if (loaders != null) {
            loaders.add(new WeakReference<>(plugin.loader()));
        }
        plugin = null;
        host.uninstall(admin, "links", true);
        return millis;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private MemberSummary admin() {
        String subject = "bench-admin-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, "Bench Admin", subject + "@example.org", "fr", Set.of(GlobalRole.ADMIN)));
    }
}
