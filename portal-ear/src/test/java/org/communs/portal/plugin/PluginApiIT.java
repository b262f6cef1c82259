package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.communs.portal.agenda.Agenda;
import org.communs.portal.agenda.AgendaEntry;
import org.communs.portal.agenda.AgendaKind;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.api.imports.ImportTargetInfo;
import org.communs.portal.api.imports.Imports;
import org.communs.portal.api.imports.RowOutcome;
import org.communs.portal.api.imports.RowResult;
import org.communs.portal.api.job.Schedule;
import org.communs.portal.api.notify.Notice;
import org.communs.portal.api.notify.Notifications;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.record.RecordRef;
import org.communs.portal.api.record.RecordView;
import org.communs.portal.api.record.Records;
import org.communs.portal.api.setting.Settings;
import org.communs.portal.api.webhook.Delivery;
import org.communs.portal.api.webhook.DeliveryStatus;
import org.communs.portal.api.webhook.Webhooks;
import org.communs.portal.collective.CollectiveDraft;
import org.communs.portal.collective.CollectiveLink;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.JoinPolicy;
import org.communs.portal.collective.Subscriptions;
import org.communs.portal.error.PortalException;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberStatus;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.notification.BellLine;
import org.communs.portal.plugin.job.JobLeases;
import org.communs.portal.plugin.job.JobLeases.JobKey;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.ReaderOfThisRequest;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.PortalDeployment;
import org.example.fixtures.TeamPlugin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plugin API 1.1 against the real database, search index and plugin host: a fixture plugin
 * ({@code team}) reads members and collectives as its reader sees them, runs a job in the
 * background that stops with it, and plugins that require others are installed and uninstalled
 * only in an order that keeps them working. Two lease holders on one database, as two servers
 * would be, run a job once per period.
 */
@ExtendWith(ArquillianExtension.class)
class PluginApiIT {

    private static final String TEAM = "id=team\nname=Équipe\nversion=1.0.0\napi=1.1\nclass=org.example.fixtures.TeamPlugin\n";
    private static final Map<String, String> TEAM_FILES = Map.of("portal-plugin/migrations/V1__tick.sql",
            "create table team_tick (id bigint not null auto_increment primary key, at datetime(6) not null);\n"
                    + "create table team_item (id bigint not null auto_increment primary key, label varchar(40) not null unique,"
                    + " weight bigint null, due date null, owner bigint null);\n",
            "org/example/fixtures/team.properties", "notice.assigned={0} vous a assign\u00e9 \u00ab {1} \u00bb\n"
                    + "notice.mentioned={0} vous mentionne dans \u00ab {1} \u00bb\nkind.assigned=Une t\u00e2che m''est assign\u00e9e\n"
                    + "kind.mentioned=On me mentionne\ncalendar.due=\u00c9ch\u00e9ances\nsetting.every=Intervalle (minutes)\n"
                    + "setting.token=Jeton du webhook\nsetting.tone=Ton\nsetting.tone.calm=Calme\nsetting.tone.brisk=Vif\n"
                    + "import.item=\u00c9l\u00e9ments\nimport.item.label=Libell\u00e9\nimport.item.weight=Poids\n",
            "org/example/fixtures/team_en.properties", "notice.assigned={0} assigned you \u201c{1}\u201d\n"
                    + "notice.mentioned={0} mentioned you in \u201c{1}\u201d\nkind.assigned=A task is assigned to me\n"
                    + "kind.mentioned=I am mentioned\ncalendar.due=Deadlines\n");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("plugin-api-it.war", PluginApiIT.class, PluginJars.class, ReaderOfThisRequest.class,
                        org.communs.portal.testing.TestMailbox.class)
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(TeamPlugin.class, TEAM, TEAM_FILES)), "fixtures/team.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(TeamPlugin.class, TEAM.replace("id=team", "id=teamboard")
                        .replace("name=Équipe", "name=Tableau") + "requires=team>=1.0\n", Map.of())), "fixtures/teamboard.jar")
                .addAsResource(new ByteArrayAsset(PluginJars.fixture(TeamPlugin.class, TEAM.replace("id=team", "id=teamboard")
                        .replace("name=Équipe", "name=Tableau") + "requires=team>=2.1\n", Map.of())), "fixtures/teamboard-needs-2.jar");
    }

    @Inject
    PluginHost host;

    @Inject
    PluginRegistry registry;

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentMember currentMember;

    @Inject
    PluginBell bell;

    @Inject
    Agenda agenda;

    @Inject
    PluginSettingsAdmin settingsAdmin;

    @Inject
    BundledPlugins bundled;

    @Inject
    PluginNoticeStore notices;

    @Inject
    PluginNoticeDigest digest;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    /** The run as letters only: one word of a name that no other run's member has. */
    private final String word = run.chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
    private MemberSummary admin;

    @BeforeEach
    void anAdmin() {
        admin = person("Admin " + run, GlobalRole.ADMIN);
        removeFixtures();
    }

    @AfterEach
    void removeFixtures() {
        for (String id : List.of("teamboard", "team")) {
            if (host.installed().stream().anyMatch(p -> p.id().equals(id))) {
                host.uninstall(admin, id, true);
            }
            PluginMigrations.purge(dataSource, id);
        }
        ReaderOfThisRequest.leaves(currentMember);
    }

    @Test
    void aPluginFindsMembersWithATypoAndReadsThemAsItsReaderSeesThem() throws Exception {
        MemberSummary zephyrine = person("Zéphyrine Quatremare" + word, GlobalRole.MEMBER);
        MemberSummary reader = person("Lectrice " + run, GlobalRole.MEMBER);
        MemberSummary guest = person("Invité " + run, GlobalRole.GUEST);
        host.install(admin, fixture("team.jar"));
        People people = registry.active("team").orElseThrow().context().people();

        assertThrows(AccessDeniedException.class, () -> people.find("Zephyrine", 10), "no reader, no search");
        ReaderOfThisRequest.becomes(currentMember, reader);
        List<Long> found = awaitFound(people, "zephirine quatremare" + word);
        assertEquals(List.of(zephyrine.id()), found, "accents and a typo forgiven, only her");
        assertEquals(List.of(), people.find("Z", 10), "one letter finds no one");

        MemberCard card = people.member(zephyrine.id()).orElseThrow();
        assertEquals("Zéphyrine Quatremare" + word, card.displayName());
        assertEquals("fr", card.locale().getLanguage());
        assertTrue(card.active());
        assertEquals(null, card.photoUrl(), "no photo, initials instead");
        assertEquals("ZQ", card.initials());
        assertEquals(List.of(reader.id(), zephyrine.id()),
                people.members(List.of(reader.id(), -5L, zephyrine.id())).stream().map(MemberCard::id).toList(),
                "in the order asked, unknown ids left out");

        members.changeStatus(zephyrine.id(), MemberStatus.DISABLED);
        assertFalse(people.member(zephyrine.id()).orElseThrow().active(), "a disabled member is still named, flagged");

        ReaderOfThisRequest.becomes(currentMember, guest);
        assertThrows(AccessDeniedException.class, () -> people.find("Zephyrine", 10), "guests do not search the directory");
    }

    @Test
    void aPluginKnowsWhoBelongsToACollective() throws Exception {
        MemberSummary lead = person("Responsable " + run, GlobalRole.MEMBER);
        MemberSummary subscriber = person("Abonnée " + run, GlobalRole.MEMBER);
        MemberSummary outsider = person("Extérieur " + run, GlobalRole.MEMBER);
        CollectiveSummary garden = collectives.create(admin, new CollectiveDraft("Jardins " + run,
                collectives.types(false).getFirst().getId(), "Un collectif", "<p>Description</p>", JoinPolicy.OPEN,
                List.of(new CollectiveLink("Dossier", "https://cloud.example.org/s/" + run))));
        collectives.nameLead(admin, garden.id(), lead.id());
        subscriptions.subscribe(subscriber, garden.id());
        host.install(admin, fixture("team.jar"));
        People people = registry.active("team").orElseThrow().context().people();

        assertEquals(Set.of(lead.id(), subscriber.id()), people.membersOf(garden.id()));
        assertEquals(Set.of(lead.id()), people.leadsOf(garden.id()));
        assertEquals(List.of(new CollectiveCard(garden.id(), "Jardins " + run, false)), people.collectivesOf(subscriber.id()));
        assertEquals(List.of(), people.collectivesOf(outsider.id()));
        // Roles in the contract's words: a lead is a MEMBER, a guest a GUEST; nobody, nothing.
        MemberSummary guest = person("Invitée " + run, GlobalRole.GUEST);
        assertEquals(Set.of("MEMBER"), people.roles(lead.id()));
        assertEquals(Set.of("GUEST"), people.roles(guest.id()));
        assertEquals(Set.of("ADMIN"), people.roles(admin.id()));
        assertEquals(Set.of(), people.roles(-5L));
        collectives.archive(admin, garden.id(), true);
        assertTrue(people.collective(garden.id()).orElseThrow().archived());
    }

    @Test
    void aPluginsJobRunsInTheBackgroundKeepsGoingAfterAFailureAndStopsWithThePlugin() throws Exception {
        host.install(admin, fixture("team.jar"));

        awaitAtLeast("select count(*) from team_tick", 3, Duration.ofSeconds(20));
        awaitAtLeast("select failures from plugin_job where plugin_id = 'team' and name = 'tick'", 1, Duration.ofSeconds(10));
        assertEquals(java.util.Optional.of("IllegalStateException: every third tick fails"),
                text("select last_error from plugin_job where plugin_id = 'team' and name = 'tick'"),
                "a failed run is recorded for admins, and stays after the good runs that follow");

        host.disable(admin, "team");
        Thread.sleep(1_500); // a run already started may still finish
        long stopped = count("select count(*) from team_tick");
        Thread.sleep(3_000);
        assertEquals(stopped, count("select count(*) from team_tick"), "no run after the plugin stopped");

        host.enable(admin, "team");
        awaitAtLeast("select count(*) from team_tick", stopped + 1, Duration.ofSeconds(20));
    }

    /**
     * Two servers of one portal: two lease holders on the same database, each looking for due
     * jobs as fast as it can for a few seconds. The job, every second, runs once per period and
     * never twice at once.
     */
    @Test
    void twoServersRunAJobOncePerPeriod() throws Exception {
        JobKey job = new JobKey("leasetest", "tick-" + run);
        Schedule everySecond = Schedule.every(Duration.ofSeconds(1));
        List<JobLeases> servers = List.of(JobLeases.forThisRun(dataSource), JobLeases.forThisRun(dataSource));
        servers.getFirst().register(job, everySecond, null);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger runningNow = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofMillis(4_500).toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch done = new CountDownLatch(2);
        try {
            for (JobLeases server : servers) {
                threads.execute(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            if (server.due().contains(job) && server.claim(job, everySecond, null)) {
                                starts.add(System.nanoTime());
                                if (runningNow.incrementAndGet() > 1) {
                                    overlaps.incrementAndGet();
                                }
                                Thread.sleep(100);
                                runningNow.decrementAndGet();
                                server.release(job, null);
                            }
                        }
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertTrue(done.await(20, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
            servers.getFirst().forget("leasetest");
        }
        assertEquals(0, overlaps.get());
        assertTrue(starts.size() >= 4 && starts.size() <= 5, "one run a second for 4.5 s: " + starts.size());
        List<Long> sorted = starts.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            long gapMs = (sorted.get(i) - sorted.get(i - 1)) / 1_000_000;
            assertTrue(gapMs >= 900, "two runs in one period: " + gapMs + " ms apart");
        }
    }

    @Test
    void aPluginNeedsWhatItRequiresAndWhatIsRequiredStays() throws Exception {
        PortalException missing = assertThrows(PortalException.class, () -> host.install(admin, fixture("teamboard.jar")));
        assertEquals("plugins.error.requires", missing.messageKey());
        assertEquals(List.of("Tableau", "team", "1.0.0", "—"), List.of(missing.arguments()).stream().map(String::valueOf).toList(),
                "names the missing plugin and its version");

        host.install(admin, fixture("team.jar"));
        PortalException tooOld = assertThrows(PortalException.class, () -> host.install(admin, fixture("teamboard-needs-2.jar")));
        assertEquals(List.of("Tableau", "team", "2.1.0", "1.0.0"), List.of(tooOld.arguments()).stream().map(String::valueOf).toList());

        assertEquals(PluginState.ACTIVE, host.install(admin, fixture("teamboard.jar")).state());
        PortalException required = assertThrows(PortalException.class, () -> host.uninstall(admin, "team", false));
        assertEquals("plugins.error.requiredBy", required.messageKey());
        assertTrue(registry.active("team").isPresent(), "the required plugin stays in service");

        host.uninstall(admin, "teamboard", true);
        host.uninstall(admin, "team", true);
        assertTrue(host.installed().stream().noneMatch(p -> p.id().startsWith("team")));
    }

    @Test
    void aReferenceToAnotherPluginsRecordShowsWhatTheReaderMaySee() throws Exception {
        MemberSummary member = person("Membre " + run, GlobalRole.MEMBER);
        host.install(admin, fixture("team.jar"));
        host.install(admin, fixture("teamboard.jar"));
        Records records = registry.active("teamboard").orElseThrow().context().records();
        RecordRef team = RecordRef.parse("team:team:7");

        ReaderOfThisRequest.becomes(currentMember, admin);
        assertEquals(java.util.Optional.of(new RecordView("Équipe 7", "/plugins/team/team.xhtml?id=7", "Équipe")),
                records.resolve(team), "the owning plugin answers, through the portal");
        ReaderOfThisRequest.becomes(currentMember, member);
        assertTrue(records.resolve(team).isEmpty(), "not visible to a member");
        ReaderOfThisRequest.becomes(currentMember, admin);
        assertTrue(records.resolve(RecordRef.parse("crm:client:42")).isEmpty(), "a plugin that is not installed");
        host.disable(admin, "team");
        assertTrue(records.resolve(team).isEmpty(), "a plugin out of service");
        assertThrows(IllegalArgumentException.class, () -> RecordRef.parse("team:team:../7"));
    }

    @Test
    void aPluginRingsTheBellGroupsItsLinesAndMailsThoseWhoChoseEmail() throws Exception {
        MemberSummary member = person("Destinataire " + run, GlobalRole.MEMBER);
        MemberSummary disabled = person("Partie " + run, GlobalRole.MEMBER);
        members.changeStatus(disabled.id(), MemberStatus.DISABLED);
        host.install(admin, fixture("team.jar"));
        Notifications notifications = registry.active("team").orElseThrow().context().notifications();
        String path = "/plugins/team/task.xhtml?id=" + run;

        notifications.notify(member.id(), new Notice("assigned", "org.example.fixtures.team", "notice.assigned",
                List.of("Camille", "Préparer l'AG " + run), path));
        notifications.notify(member.id(), new Notice("assigned", "org.example.fixtures.team", "notice.assigned",
                List.of("Lucas", "Préparer l'AG " + run), path));
        List<BellLine> lines = bell.latest(member, Language.FRENCH, 15);
        assertEquals(1, lines.size(), "one line for one task: " + lines);
        assertEquals("2 × Lucas vous a assigné « Préparer l'AG " + run + " »", lines.getFirst().text());
        assertEquals(path, lines.getFirst().link());
        assertEquals(1, bell.unreadCount(member));
        assertEquals("Lucas assigned you “Préparer l'AG " + run + "”", bell.latest(member, Language.ENGLISH, 15).getFirst().text()
                .replaceFirst("^2 × ", ""), "written in the reader's language when read");
        assertEquals(0, outboxRows(member), "assignments reach the bell only by default");

        bell.markAllRead(member);
        assertEquals(0, bell.unreadCount(member));
        notifications.notify(member.id(), new Notice("assigned", "org.example.fixtures.team", "notice.assigned",
                List.of("Camille", "Préparer l'AG " + run), path));
        assertFalse(bell.latest(member, Language.FRENCH, 15).getFirst().text().contains("×"), "counted again from one once read");

        notifications.notify(member.id(), new Notice("mentioned", "org.example.fixtures.team", "notice.mentioned",
                List.of("Camille", "Budget " + run), "/plugins/team/task.xhtml?id=9"));
        assertEquals(1, outboxRows(member), "mentions are e-mailed by default");
        jakarta.mail.internet.MimeMessage mail = org.communs.portal.testing.TestMailbox.await(member.email(),
                org.communs.portal.testing.TestMailbox.withSubject("Camille vous mentionne dans « Budget " + run + " »"), 1,
                Duration.ofSeconds(30)).getFirst();
        assertTrue(org.communs.portal.testing.TestMailbox.text(mail).contains("/plugins/team/task.xhtml?id=9"));

        notices.choose(member.id(), "team", "mentioned", org.communs.portal.api.notify.Delivery.BELL);
        notifications.notify(member.id(), new Notice("mentioned", "org.example.fixtures.team", "notice.mentioned",
                List.of("Lucas", "Budget " + run), "/plugins/team/task.xhtml?id=9"));
        assertEquals(1, outboxRows(member), "the member's choice beats the kind's default");

        notices.choose(member.id(), "team", "assigned", org.communs.portal.api.notify.Delivery.DAILY_SUMMARY);
        notifications.notify(member.id(), new Notice("assigned", "org.example.fixtures.team", "notice.assigned",
                List.of("Lucas", "Compost " + run), "/plugins/team/task.xhtml?id=77"));
        assertEquals(1, outboxRows(member), "a summary waits for its time");
        assertTrue(digest.send() >= 1);
        assertEquals(2, outboxRows(member), "one summary e-mail");
        String summary = org.communs.portal.testing.TestMailbox.text(org.communs.portal.testing.TestMailbox.await(member.email(),
                org.communs.portal.testing.TestMailbox.withSubject("Vos notifications du jour"), 1, Duration.ofSeconds(30)).getFirst());
        assertTrue(summary.contains("Lucas vous a assigné « Compost " + run + " »") && summary.contains("/plugins/team/task.xhtml?id=77"),
                summary);
        digest.send();
        assertEquals(2, outboxRows(member), "a line goes into one summary only");

        notifications.notify(disabled.id(), new Notice("mentioned", "org.example.fixtures.team", "notice.mentioned",
                List.of("Lucas", "Budget"), "/plugins/team/task.xhtml?id=9"));
        assertEquals(0, bell.unreadCount(disabled), "a disabled member gets nothing");
        assertEquals(0, outboxRows(disabled));
        assertThrows(IllegalArgumentException.class, () -> notifications.notify(member.id(),
                new Notice("undeclared", "org.example.fixtures.team", "notice.assigned", List.of(), path)));

        host.disable(admin, "team");
        assertEquals(List.of(), bell.latest(member, Language.FRENCH, 15), "out of the bell while the plugin is off");
        assertEquals(0, bell.unreadCount(member));
    }

    @Test
    void aPluginsCalendarIsOnTheAgendaForThoseWhoMaySeeIt() throws Exception {
        MemberSummary member = person("Lectrice agenda " + run, GlobalRole.MEMBER);
        host.install(admin, fixture("team.jar"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        assertEquals(List.of(new AgendaKind("team/due", "Échéances", "#1d6b45")),
                agenda.kinds(Language.FRENCH).stream().filter(kind -> kind.key().startsWith("team/")).toList());
        assertEquals("Deadlines", agenda.kinds(Language.ENGLISH).stream().filter(kind -> kind.key().equals("team/due"))
                .findFirst().orElseThrow().label());
        assertEquals(List.of("Échéance de l'équipe"), titles(member, today, today.plusDays(7), Set.of()),
                "the member sees the deadline, not the admins' meeting, nor an entry of an undeclared kind");
        assertEquals(List.of("Échéance de l'équipe", "Réunion d'équipe"), titles(admin, today, today.plusDays(7), Set.of()),
                "in the order they start");
        assertEquals(List.of("Réunion d'équipe"), titles(admin, today.plusDays(1), today.plusDays(2), Set.of()), "only the days asked");
        assertEquals(List.of(), titles(admin, today, today.plusDays(7), Set.of("team/due")), "a kind the reader hid");
        AgendaEntry deadline = agenda.entries(member, today, today, Set.of()).stream()
                .filter(entry -> entry.kindKey().equals("team/due")).findFirst().orElseThrow();
        assertEquals("deadline.team@portal", deadline.uid());
        assertTrue(deadline.allDay());
        assertThrows(PortalException.class, () -> agenda.entries(member, today, today.plusDays(600), Set.of()), "a bounded window");

        host.disable(admin, "team");
        assertEquals(List.of(), titles(admin, today, today.plusDays(7), Set.of()), "gone with its plugin");
    }

    @Test
    void adminsSetAPluginsSettingsAndSecretsAreNeverShownBack() throws Exception {
        MemberSummary member = person("Membre réglages " + run, GlobalRole.MEMBER);
        host.install(admin, fixture("team.jar"));
        Settings settings = registry.active("team").orElseThrow().context().settings();
        assertEquals(30, settings.number("every"), "the declared default");
        assertFalse(settings.yesNo("loud"));
        assertEquals("calm", settings.text("tone"));

        settingsAdmin.save(admin, "team", Map.of("every", " 45 ", "loud", "true", "tone", "brisk", "token", "s3cret"), Language.FRENCH);
        assertEquals(45, settings.number("every"), "read again at each call: the change applies at once");
        assertTrue(settings.yesNo("loud"));
        assertEquals("brisk", settings.text("tone"));
        assertEquals("s3cret", settings.text("token"));

        PluginSettingsAdmin.Field token = settingsAdmin.fields(admin, "team", Language.FRENCH).stream()
                .filter(field -> field.name().equals("token")).findFirst().orElseThrow();
        assertEquals("", token.value(), "a secret is never shown back");
        assertTrue(token.secretSet());
        assertEquals("Jeton du webhook", token.label());
        assertEquals(Map.of("calm", "Calme", "brisk", "Vif"), settingsAdmin.fields(admin, "team", Language.FRENCH).stream()
                .filter(field -> field.name().equals("tone")).findFirst().orElseThrow().choiceLabels());
        settingsAdmin.save(admin, "team", Map.of("token", "", "every", "50"), Language.FRENCH);
        assertEquals("s3cret", settings.text("token"), "an empty secret keeps the one set");
        assertFalse(text("select details from audit_entry where action = 'plugin.settings-changed' and object_id = 'team'"
                + " order by id desc limit 1").orElseThrow().contains("s3cret"), "audited without the secret");

        PortalException refused = assertThrows(PortalException.class,
                () -> settingsAdmin.save(admin, "team", Map.of("every", "soon", "loud", "false"), Language.FRENCH));
        assertEquals("plugins.error.setting", refused.messageKey());
        assertEquals(List.of("Intervalle (minutes)"), List.of(refused.arguments()));
        assertTrue(settings.yesNo("loud"), "a refused value saves nothing");
        assertThrows(PortalException.class, () -> settingsAdmin.save(member, "team", Map.of("every", "1"), Language.FRENCH));
        assertEquals(50, settings.number("every"));
        assertThrows(IllegalArgumentException.class, () -> settings.text("undeclared"));
    }

    @Test
    void bundledPluginsAreInstalledOnceUpgradedAndNeverForcedBack() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("bundled");
        byte[] team = getClass().getClassLoader().getResourceAsStream("fixtures/team.jar").readAllBytes();
        byte[] board = getClass().getClassLoader().getResourceAsStream("fixtures/teamboard.jar").readAllBytes();
        java.nio.file.Files.write(folder.resolve("a-teamboard.jar"), board); // requires team, which sorts after it
        java.nio.file.Files.write(folder.resolve("b-team.jar"), team);
        execute("delete from plugin_bundled where plugin_id in ('team', 'teamboard')");

        assertEquals(List.of("team", "teamboard"), bundled.installFrom(folder).stream().sorted().toList());
        assertEquals(PluginState.ACTIVE, host.installed().stream().filter(p -> p.id().equals("teamboard")).findFirst()
                .orElseThrow().state());
        assertEquals(List.of(), bundled.installFrom(folder), "installed once");

        host.uninstall(admin, "teamboard", true);
        assertEquals(List.of(), bundled.installFrom(folder), "an admin's uninstall is not overruled");
        assertTrue(registry.active("teamboard").isEmpty());

        java.nio.file.Files.write(folder.resolve("b-team.jar"), PluginJars.jar(upgradedTeam(team)));
        assertEquals(List.of("team"), bundled.installFrom(folder), "a newer bundled version upgrades the installed one");
        assertEquals("1.1.0", registry.active("team").orElseThrow().descriptor().version().toString());
    }

    @Test
    void aPluginsWebhookIsDeliveredRetriedAfterA500AndRefusedForLocalAddresses() throws Exception {
        host.install(admin, fixture("team.jar"));
        host.install(admin, fixture("teamboard.jar"));
        Webhooks webhooks = registry.active("team").orElseThrow().context().webhooks();
        assertThrows(IllegalArgumentException.class, () -> webhooks.post("ftp://example.org/hook", "{}"));
        assertThrows(IllegalArgumentException.class, () -> webhooks.post("http://127.0.0.1:9186/hook", "{}"),
                "this machine, not listed by the admin");
        assertThrows(IllegalArgumentException.class, () -> webhooks.post("http://localhost:9181/api/v1", "{}"), "the portal itself");
        assertThrows(IllegalArgumentException.class, () -> webhooks.post("http://10.1.2.3/hook", "{}"), "the private network");
        assertThrows(IllegalArgumentException.class, () -> webhooks.post("http://127.0.0.1:9185/hook", "pas du JSON"));

        try (HookEndpoint endpoint = new HookEndpoint(9185, 500, 200)) {
            long id = webhooks.post("http://127.0.0.1:9185/hook", "{\"content\":\"Tâche terminée " + run + "\"}");
            Delivery delivered = awaitDelivery(webhooks, id);
            assertEquals(DeliveryStatus.DELIVERED, delivered.status(), delivered.toString());
            assertEquals(2, delivered.attempts(), "a 500, then a 200");
            assertEquals(200, delivered.lastStatus());
            assertEquals(List.of("{\"content\":\"Tâche terminée " + run + "\"}", "{\"content\":\"Tâche terminée " + run + "\"}"),
                    endpoint.bodies());
            assertTrue(endpoint.contentTypes().stream().allMatch(type -> type.startsWith("application/json")));
        }
        try (HookEndpoint endpoint = new HookEndpoint(9185, 404)) {
            long id = webhooks.post("http://127.0.0.1:9185/gone", "{}");
            Delivery refused = awaitDelivery(webhooks, id);
            assertEquals(DeliveryStatus.FAILED, refused.status(), "a 404 is not tried again");
            assertEquals(1, refused.attempts());
            assertEquals(404, refused.lastStatus());
            assertTrue(registry.active("teamboard").orElseThrow().context().webhooks().delivery(id).isEmpty(),
                    "another plugin does not see it");
        }
    }

    @Test
    void aPluginImportsRowsIntoAnotherPluginAndThePortalWithAVerdictPerRow() throws Exception {
        MemberSummary member = person("Membre import " + run, GlobalRole.MEMBER);
        host.install(admin, fixture("team.jar"));
        host.install(admin, fixture("teamboard.jar"));
        Imports imports = registry.active("teamboard").orElseThrow().context().imports();
        ReaderOfThisRequest.becomes(currentMember, admin);

        ImportTargetInfo items = imports.targets().stream().filter(t -> t.key().equals("team/item")).findFirst().orElseThrow();
        assertEquals("Éléments", items.label());
        assertEquals(List.of("Libellé", "Poids"), items.fieldLabels().subList(0, 2));
        assertTrue(imports.targets().stream().anyMatch(t -> t.key().equals("portal/collective")), "the portal's own targets");

        List<ImportRow> rows = List.of(
                new ImportRow(2, Map.of("label", "Semis " + run, "weight", "3", "due", "2026-03-04", "owner", admin.email())),
                new ImportRow(3, Map.of("label", "Arrosage " + run, "weight", "beaucoup")),
                new ImportRow(4, Map.of("label", "x".repeat(41))),
                new ImportRow(5, Map.of("label", "interdit")),
                new ImportRow(6, Map.of("label", "Récolte " + run, "weight", "007")));
        List<RowResult> first = imports.send("team/item", rows, "label");
        assertEquals(List.of(RowOutcome.CREATED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.CREATED),
                first.stream().map(RowResult::outcome).toList());
        assertEquals("weight", first.get(1).field());
        assertEquals("Un nombre entier est attendu (par exemple 42).", first.get(1).reason());
        assertEquals("label", first.get(2).field());
        assertTrue(first.get(2).reason().contains("40"), first.get(2).reason());
        assertEquals("Ce libellé est réservé.", first.get(3).reason(), "the target's own rule");
        assertEquals(String.valueOf(admin.id()), text("select owner from team_item where label = 'Semis " + run + "'").orElseThrow(),
                "a member given by e-mail is stored by id");
        assertEquals("7", text("select weight from team_item where label = 'Récolte " + run + "'").orElseThrow());

        List<RowResult> again = imports.send("team/item", rows, "label");
        assertEquals(List.of(RowOutcome.UNCHANGED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.UNCHANGED),
                again.stream().map(RowResult::outcome).toList(), "a re-run changes nothing");
        assertEquals(RowOutcome.UPDATED, imports.send("team/item", List.of(new ImportRow(2, Map.of("label", "Récolte " + run,
                "weight", "8"))), "label").getFirst().outcome());

        List<RowResult> undone = imports.send("team/item", List.of(new ImportRow(2, Map.of("label", "Taille " + run)),
                new ImportRow(3, Map.of("label", "boum"))), "label");
        assertTrue(undone.stream().allMatch(result -> result.outcome() == RowOutcome.REJECTED
                && result.reason().startsWith("Le lot entier est annulé")), undone.toString());
        assertEquals(0, count("select count(*) from team_item where label = 'Taille " + run + "'"), "one transaction per batch");
        assertEquals(4, count("select count(*) from audit_entry where action = 'import.batch' and object_id = 'team/item'"
                + " and details like '%teamboard%' and occurred_at > utc_timestamp() - interval 1 minute"), "each batch audited");

        String type = collectives.types(false).getFirst().getLabelFr();
        List<ImportRow> gardens = List.of(new ImportRow(2, Map.of("name", "Jardin importé " + run, "type", type,
                "join_policy", "approval", "summary", "Des semis")));
        assertEquals(RowOutcome.CREATED, imports.send("portal/collective", gardens, "name").getFirst().outcome());
        assertEquals(RowOutcome.UNCHANGED, imports.send("portal/collective", gardens, "name").getFirst().outcome());
        assertEquals(JoinPolicy.APPROVAL, collectives.byName(admin, "Jardin importé " + run).orElseThrow().joinPolicy());

        List<ImportRow> profiles = List.of(new ImportRow(2, Map.of("email", admin.email().toUpperCase(), "job_title", "Jardinière " + run,
                        "skills", "compost, semis")),
                new ImportRow(3, Map.of("email", "personne-" + run + "@example.org", "job_title", "Inconnue")));
        List<RowResult> profiled = imports.send("portal/profile", profiles, "email");
        assertEquals(List.of(RowOutcome.UPDATED, RowOutcome.REJECTED), profiled.stream().map(RowResult::outcome).toList());
        assertEquals("email", profiled.get(1).field(), "accounts come from Keycloak: no profile without one");
        assertEquals(RowOutcome.UNCHANGED, imports.send("portal/profile", profiles.subList(0, 1), "email").getFirst().outcome());

        assertThrows(IllegalArgumentException.class, () -> imports.send("team/item", rows, "weight"), "not a match key");
        assertThrows(IllegalArgumentException.class, () -> imports.send("crm/client", rows, null), "no such target");
        ReaderOfThisRequest.becomes(currentMember, member);
        assertThrows(AccessDeniedException.class, () -> imports.send("team/item", rows, "label"), "admins only");
    }

    private static Delivery awaitDelivery(Webhooks webhooks, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Delivery delivery;
        do {
            delivery = webhooks.delivery(id).orElseThrow();
            if (delivery.status() != DeliveryStatus.QUEUED) {
                return delivery;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return delivery;
    }

    /**
     * An HTTP endpoint on this machine for webhooks, on a bare socket so that it needs nothing but
     * java.net inside the server: answers each request with the next status given (the last one
     * again once they run out) and keeps the bodies it received.
     */
    private static final class HookEndpoint implements AutoCloseable {

        private final java.net.ServerSocket socket;
        private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        private final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;

        HookEndpoint(int port, int... statuses) throws java.io.IOException {
            socket = new java.net.ServerSocket(port, 10, java.net.InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                int served = 0;
                while (!socket.isClosed()) {
                    try (java.net.Socket client = socket.accept()) {
                        client.setSoTimeout(5_000);
                        answer(client, statuses[Math.min(served++, statuses.length - 1)]);
                    } catch (java.io.IOException closed) {
                        // closed by the test, or a client that went away
                    }
                }
            });
            thread.start();
        }

        private void answer(java.net.Socket client, int status) throws java.io.IOException {
            java.io.InputStream in = client.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    return;
                }
                head.write(next);
            }
            int length = 0;
            for (String line : head.toString(java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                } else if (lower.startsWith("content-type:")) {
                    contentTypes.add(line.substring(13).strip());
                }
            }
            bodies.add(new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8));
            client.getOutputStream().write(("HTTP/1.1 " + status + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        List<String> bodies() {
            return List.copyOf(bodies);
        }

        List<String> contentTypes() {
            return List.copyOf(contentTypes);
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }

    private static Map<String, byte[]> upgradedTeam(byte[] jar) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(PluginJars.entries(jar));
        String descriptor = new String(entries.get("META-INF/portal-plugin.properties"), java.nio.charset.StandardCharsets.UTF_8);
        entries.put("META-INF/portal-plugin.properties", descriptor.replace("version=1.0.0", "version=1.1.0")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return entries;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> titles(MemberSummary reader, java.time.LocalDate from, java.time.LocalDate to, Set<String> hidden) {
        return agenda.entries(reader, from, to, hidden).stream().filter(entry -> entry.kindKey().startsWith("team/"))
                .map(AgendaEntry::title).toList();
    }

    private long outboxRows(MemberSummary member) throws Exception {
        return count("select count(*) from mail_outbox where kind = 'PLUGIN' and member_id = " + member.id());
    }

    private List<Long> awaitFound(People people, String words) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Long> found;
        do {
            found = people.find(words, 10).stream().map(MemberCard::id).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return found;
    }

    private void awaitAtLeast(String sql, long expected, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long value;
        do {
            value = count(sql);
            if (value >= expected) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertTrue(value >= expected, sql + " gave " + value + ", expected at least " + expected);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private java.util.Optional<String> text(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? java.util.Optional.ofNullable(rows.getString(1)) : java.util.Optional.empty();
        }
    }

    private InputStream fixture(String name) {
        return getClass().getClassLoader().getResourceAsStream("fixtures/" + name);
    }

    private MemberSummary person(String name, GlobalRole role) {
        String subject = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name, subject + "@example.org", "fr", Set.of(role)));
    }
}
