package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Members;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.SearchReaders;
import org.communs.portal.member.Identity;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.PortalDeployment;
import org.example.fixtures.FlakyPlugin;
import org.example.fixtures.NotesPlugin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin host against the real database and storage: install with migrations, what a plugin
 * in service contributes (pages, page models, REST, navigation, widgets, search, events, mail),
 * disable/enable with its data kept, upgrade with a new migration, uninstall with or without
 * purge, each bad upload refused with its reason and the portal unchanged, a plugin failing at
 * start marked failed while the others work, and admins only.
 */
@ExtendWith(ArquillianExtension.class)
class PluginsIT {

    private static final String NOTES_V1 = "id=notes\nname=Notes\nversion=1.0.0\napi=1.0\nclass=org.example.fixtures.NotesPlugin\n";
    private static final String NOTES_SQL_V1 = "create table notes_note (id bigint not null auto_increment primary key,"
            + " text varchar(200) not null);\ncreate table notes_event (kind varchar(40) not null, subject bigint not null);\n";
    private static final String NOTES_SQL_V2 = "alter table notes_note add column pinned boolean not null default false;\n";
    private static final String PAGE = "<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ui=\"jakarta.faces.facelets\">"
            + "<p>#{notes.texts}</p></ui:composition>";

    @Deployment
    static WebArchive deployment() {
        Map<String, String> notesFiles = Map.of("portal-plugin/migrations/V1__notes.sql", NOTES_SQL_V1,
                "META-INF/resources/plugins/notes/index.xhtml", PAGE, "META-INF/resources/plugins/notes/widget.xhtml", PAGE,
                "org/example/fixtures/notes.properties", "nav=Notes\n");
        Map<String, String> notesFilesV2 = new java.util.HashMap<>(notesFiles);
        notesFilesV2.put("portal-plugin/migrations/V2__pinned.sql", NOTES_SQL_V2);
        Map<String, String> flakyFiles = Map.of("portal-plugin/migrations/V1__switch.sql",
                "create table flaky_switch (id int not null);\n");
        Map<String, String> failingFiles = Map.of("portal-plugin/migrations/V1__thing.sql",
                "create table failing_thing (id int not null);\n");
        return PortalDeployment.named("plugins-it.war", PluginsIT.class, PluginJars.class, org.communs.portal.testing.TestMailbox.class)
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(NotesPlugin.class, NOTES_V1, notesFiles)), "fixtures/notes-1.0.0.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(NotesPlugin.class, NOTES_V1.replace("1.0.0", "1.1.0"),
                        notesFilesV2)), "fixtures/notes-1.1.0.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(NotesPlugin.class, NOTES_V1 + "per-collective=true\n",
                        notesFiles)), "fixtures/notes-per-collective.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(NotesPlugin.class, NOTES_V1.replace("api=1.0", "api=2.0"),
                        notesFiles)), "fixtures/notes-api2.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(FlakyPlugin.class,
                        "id=flaky\nname=Flaky\nversion=1.0.0\napi=1.0\nclass=org.example.fixtures.FlakyPlugin\n", flakyFiles)),
                        "fixtures/flaky.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(FlakyPlugin.class,
                        "id=failing\nname=Failing\nversion=1.0.0\napi=1.0\nclass=org.example.fixtures.FlakyPlugin\n", failingFiles)),
                        "fixtures/failing.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.jar(Map.of("readme.txt", "no descriptor".getBytes()))),
                        "fixtures/no-descriptor.jar");
    }

    @Inject
    PluginHost host;

    @Inject
    PluginRegistry registry;

    @Inject
    PluginMemberData memberData;

    @Inject
    Members members;

    @Inject
    org.communs.portal.collective.Collectives collectives;

    @Inject
    PortalSearch search;

    @Inject
    SearchReaders readers;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private MemberSummary admin;
    private MemberSummary member;

    @BeforeEach
    void people() {
        admin = person("Admin", GlobalRole.ADMIN);
        member = person("Membre", GlobalRole.MEMBER);
        removeFixtures();
    }

    @AfterEach
    void removeFixtures() {
        for (String id : List.of("notes", "flaky", "failing")) {
            if (host.installed().stream().anyMatch(p -> p.id().equals(id))) {
                host.uninstall(admin, id, true);
            }
            PluginMigrations.purge(dataSource, id);
        }
    }

    @Test
    void anInstalledPluginRunsItsMigrationsAndContributesEverywhere() throws Exception {
        InstalledPlugin installed = host.install(admin, fixture("notes-1.0.0.jar"));

        assertEquals(PluginState.ACTIVE, installed.state());
        assertEquals(1, installed.schemaVersion());
        assertTrue(tables().containsAll(Set.of("notes_note", "notes_event", "notes_schema_history")));
        assertTrue(registry.page("/plugins/notes/index.xhtml").isPresent(), "its page is served");
        assertTrue(registry.page("/plugins/notes/../../WEB-INF/web.xml").isEmpty());
        assertTrue(registry.modelOwner("notes").isPresent(), "its page model resolves");
        assertTrue(registry.active("notes").map(ActivePlugin::restResource).isPresent(), "its REST resource is served");
        assertTrue(registry.navigation().stream().anyMatch(e -> e.entry().id().equals("notes")));
        assertTrue(registry.widgets().stream().anyMatch(w -> w.widget().fragment().equals("/plugins/notes/widget.xhtml")));
        assertTrue(found(member, "pense-bête"), "its search entry is found by members");

        // Told of a new member after the commit, in the background; its welcome mail is queued like any other.
        MemberSummary newcomer = person("Nouvelle", GlobalRole.MEMBER);
        awaitCount("select count(*) from notes_event where kind = 'MemberCreated' and subject = " + newcomer.id(), 1);
        awaitCount("select count(*) from mail_outbox where kind = 'PLUGIN' and member_id = " + newcomer.id(), 1);
        jakarta.mail.internet.MimeMessage welcome = org.communs.portal.testing.TestMailbox.await(newcomer.email(),
                org.communs.portal.testing.TestMailbox.withSubject("Bienvenue dans les notes"), 1, java.time.Duration.ofSeconds(30)).getFirst();
        String text = org.communs.portal.testing.TestMailbox.text(welcome);
        assertTrue(text.contains("Bonjour") && text.contains("« Notes »"), "sent with the plugin named in its footer: " + text);
        assertTrue(text.contains("Bonjour ! (texte du module)"), "the text part is the one the plugin wrote: " + text);

        // Its part of a member's personal data: exported for the member or an admin, erased by admins.
        execute("insert into notes_note (text) values ('Note de Nouvelle')");
        assertEquals(Map.of("notes", List.of("Note de Nouvelle")), memberData.exportMember(newcomer, newcomer.id()).get("notes"));
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> memberData.exportMember(member, newcomer.id())).reason());
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> memberData.eraseMember(newcomer, newcomer.id())).reason());
        assertEquals(List.of(), memberData.eraseMember(admin, newcomer.id()));
        assertEquals(0, count("select count(*) from notes_event where subject = " + newcomer.id()));
    }

    @Test
    void disablingHidesThePluginAndKeepsItsDataUntilItIsEnabledAgain() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));
        execute("insert into notes_note (text) values ('Acheter du terreau')");

        host.disable(admin, "notes");

        assertEquals(PluginState.DISABLED, state("notes"));
        // What the 404s of its page and REST API stand on; PluginsBrowserIT asks them over HTTP.
        assertTrue(registry.page("/plugins/notes/index.xhtml").isEmpty(), "no page served under its path");
        assertTrue(registry.modelOwner("notes").isEmpty());
        assertTrue(registry.active("notes").isEmpty(), "no REST API in service");
        assertTrue(registry.navigation().stream().noneMatch(e -> e.entry().id().equals("notes")));
        assertEquals(1, count("select count(*) from notes_note"), "its data is kept");

        host.enable(admin, "notes");

        assertEquals(PluginState.ACTIVE, state("notes"));
        assertEquals(1, count("select count(*) from notes_note"));
    }

    @Test
    void anUpgradeRunsItsNewMigrationAndOnlyANewerVersionIsTaken() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));
        execute("insert into notes_note (text) values ('Réunion jeudi')");

        InstalledPlugin upgraded = host.install(admin, fixture("notes-1.1.0.jar"));

        assertEquals("1.1.0", upgraded.record().version());
        assertEquals(2, upgraded.schemaVersion());
        assertEquals(1, count("select count(*) from information_schema.columns where table_schema = database()"
                + " and table_name = 'notes_note' and column_name = 'pinned'"), "the new migration ran");
        assertEquals(1, count("select count(*) from notes_note"), "the data stayed");
        assertRefused("plugins.error.alreadyInstalled", () -> host.install(admin, fixture("notes-1.1.0.jar")));
        assertRefused("plugins.error.alreadyInstalled", () -> host.install(admin, fixture("notes-1.0.0.jar")));
        assertEquals("1.1.0", host.installed().stream().filter(p -> p.id().equals("notes")).findFirst().orElseThrow().record().version());
    }

    @Test
    void uninstallingKeepsTheDataUnlessAPurgeIsAsked() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));
        execute("insert into notes_note (text) values ('Gardé')");

        host.uninstall(admin, "notes", false);

        assertTrue(host.installed().stream().noneMatch(p -> p.id().equals("notes")));
        assertTrue(registry.active("notes").isEmpty());
        assertEquals(1, count("select count(*) from notes_note"), "kept");
        host.install(admin, fixture("notes-1.0.0.jar"));
        assertEquals(1, count("select count(*) from notes_note"), "found again by a new install");

        host.uninstall(admin, "notes", true);

        assertTrue(tables().stream().noneMatch(t -> t.startsWith("notes_")), "purged: " + tables());
    }

    @Test
    void eachBadUploadIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));
        List<InstalledPlugin> before = host.installed();
        Set<String> tablesBefore = tables();

        assertRefused("plugins.error.notJar", () -> host.install(admin, PluginJars.stream("pas un jar".getBytes())));
        assertRefused("plugins.error.noDescriptor", () -> host.install(admin, fixture("no-descriptor.jar")));
        assertRefused("plugins.error.apiVersion", () -> host.install(admin, fixture("notes-api2.jar")));
        assertRefused("plugins.error.alreadyInstalled", () -> host.install(admin, fixture("notes-1.0.0.jar")));
        assertRefused("plugins.error.tooLarge", () -> host.install(admin, PluginJars.stream(new byte[2 * 1024 * 1024])));
        PortalException failing = assertRefused("plugins.error.startFailed", () -> host.install(admin, fixture("failing.jar")));
        assertTrue(String.valueOf(failing.arguments()[1]).contains("annuaire externe injoignable"), "the plugin's own error is shown");

        assertEquals(before.stream().map(p -> p.id() + p.record().version() + p.state()).toList(),
                host.installed().stream().map(p -> p.id() + p.record().version() + p.state()).toList());
        assertEquals(tablesBefore, tables(), "the failed install's migration was undone");
        assertEquals(PluginState.ACTIVE, state("notes"), "the installed plugin kept working");
    }

    @Test
    void aPluginFailingAtStartIsMarkedFailedWhileTheOthersWork() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));
        host.install(admin, fixture("flaky.jar"));
        host.disable(admin, "flaky");
        execute("insert into flaky_switch (id) values (1)");

        assertRefused("plugins.error.startFailed", () -> host.enable(admin, "flaky"));

        InstalledPlugin flaky = host.installed().stream().filter(p -> p.id().equals("flaky")).findFirst().orElseThrow();
        assertEquals(PluginState.FAILED, flaky.state());
        assertTrue(flaky.record().error().contains("interrupteur de panne actif"), flaky.record().error());
        assertEquals(PluginState.ACTIVE, state("notes"));
        // The host's start-up pass (what the portal's next start runs) tries it again: still failed, with its error.
        host.start(new SchemaReady("test"));
        assertEquals(PluginState.FAILED, state("flaky"));
        execute("delete from flaky_switch");
        host.enable(admin, "flaky");
        assertEquals(PluginState.ACTIVE, state("flaky"));
    }

    @Test
    void aPerCollectivePluginIsOnOnlyWhereAnAdminTurnedItOn() throws Exception {
        long chosen = collective("Jardin");
        long other = collective("Atelier");
        host.install(admin, fixture("notes-per-collective.jar"));

        host.setCollectives(admin, "notes", Set.of(chosen));

        HostedContext context = registry.active("notes").orElseThrow().context();
        assertTrue(context.enabledFor(chosen));
        assertFalse(context.enabledFor(other));
        assertEquals(Set.of(chosen), host.installed().stream().filter(p -> p.id().equals("notes")).findFirst().orElseThrow().collectives());
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class,
                () -> host.setCollectives(member, "notes", Set.of(other))).reason());

        // A collective's lead turns it on or off for their own collective, and only theirs.
        MemberSummary lead = person("Animatrice", GlobalRole.MEMBER);
        collectives.nameLead(admin, other, lead.id());
        // (The bundled tasks plugin, per collective too, is listed beside it.)
        assertEquals(List.of(new PluginHost.CollectivePlugin("notes", "Notes", false)),
                host.forCollective(lead, other).stream().filter(plugin -> plugin.id().equals("notes")).toList());
        host.setEnabledIn(lead, "notes", other, true);
        assertTrue(context.enabledFor(other));
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> host.setEnabledIn(lead, "notes", chosen, false)).reason());
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> host.forCollective(member, other)).reason());
        host.setEnabledIn(lead, "notes", other, false);
        assertFalse(context.enabledFor(other));
        assertTrue(context.enabledFor(chosen), "the other collective's choice is untouched");
        host.uninstall(admin, "notes", true);
        host.install(admin, fixture("notes-1.0.0.jar"));
        assertTrue(registry.active("notes").orElseThrow().context().enabledFor(other), "a plugin for the whole portal is on everywhere");
        assertRefused("plugins.error.notPerCollective", () -> host.setCollectives(admin, "notes", Set.of(chosen)));
    }

    private long collective(String name) {
        return collectives.create(admin, new org.communs.portal.collective.CollectiveDraft(name + " " + UUID.randomUUID(),
                collectives.types(false).getFirst().getId(), "", "<p>x</p>", org.communs.portal.collective.JoinPolicy.OPEN,
                List.of())).id();
    }

    @Test
    void onlyAdminsManagePlugins() throws Exception {
        host.install(admin, fixture("notes-1.0.0.jar"));

        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class,
                () -> host.install(member, fixture("notes-1.1.0.jar"))).reason());
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> host.disable(member, "notes")).reason());
        assertEquals(Reason.FORBIDDEN, assertThrows(PortalException.class, () -> host.uninstall(member, "notes", true)).reason());
        assertEquals(PluginState.ACTIVE, state("notes"));
    }

    private PluginState state(String id) {
        return host.installed().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().state();
    }

    private boolean found(MemberSummary reader, String text) {
        return search.search(SearchQuery.of(text, readers.of(reader))).hits().stream()
                .anyMatch(hit -> hit.type().equals("plugin-notes-note") && "/plugins/notes/index.xhtml".equals(hit.link()));
    }

    private InputStream fixture(String name) {
        return getClass().getClassLoader().getResourceAsStream("fixtures/" + name);
    }

    private Set<String> tables() throws SQLException {
        Set<String> tables = new java.util.TreeSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables where table_schema = database()"
                     + " and (table_name like 'notes\\_%' or table_name like 'flaky\\_%' or table_name like 'failing\\_%')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void awaitCount(String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (count(sql) != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expected, count(sql), sql);
    }

    private static PortalException assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        PortalException refused = assertThrows(PortalException.class, action);
        assertEquals(key, refused.messageKey(), String.valueOf(java.util.Arrays.toString(refused.arguments())));
        return refused;
    }

    private MemberSummary person(String name, GlobalRole role) {
        String subject = name.toLowerCase() + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name, subject + "@example.org", "fr", Set.of(role)));
    }
}
