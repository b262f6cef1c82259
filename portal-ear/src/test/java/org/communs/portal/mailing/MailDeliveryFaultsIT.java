package org.communs.portal.mailing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.communs.portal.collective.CollectiveDraft;
import org.communs.portal.collective.CollectiveLink;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.JoinPolicy;
import org.communs.portal.collective.Subscriptions;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.settings.PortalSettings;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.ScriptedSmtpServer;
import org.communs.portal.testing.TestMailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sender against SMTP servers that misbehave, played by {@link ScriptedSmtpServer}: a 4xx is
 * tried again 30 s later (the first step of its back-off), a 5xx fails with its reason until a lead retries, a
 * server that cannot be reached costs nobody an attempt, and the configured rate is kept. The
 * sender under test is the real one, given a session to the scripted server; the rows it sends are
 * claimed first in one transaction, so the portal's own senders (to GreenMail) cannot take them.
 */
@ExtendWith(ArquillianExtension.class)
class MailDeliveryFaultsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("mail-faults-it.war", MailDeliveryFaultsIT.class, ScriptedSmtpServer.class,
                ScriptedSmtpServer.Taken.class, TestMailbox.class);
    }

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Mailings mailings;

    @Inject
    MailOutbox outbox;

    @Inject
    MailContents contents;

    @Inject
    UnsubscribeLinks links;

    @Inject
    PortalSettings settings;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    private String run;
    private MemberSummary lead;
    private CollectiveSummary collective;

    @BeforeEach
    void collective() {
        run = UUID.randomUUID().toString().substring(0, 8);
        MemberSummary admin = person("admin", Set.of(GlobalRole.ADMIN));
        lead = person("lead", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));
        collective = collectives.create(admin, new CollectiveDraft("Pannes " + run, collectives.types(false).getFirst().getId(),
                "", "<p>x</p>", JoinPolicy.OPEN, List.<CollectiveLink>of()));
        collectives.nameLead(admin, collective.id(), lead.id());
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLaterAndAPermanentOneFailsWithItsReasonUntilALeadRetries() throws Exception {
        MemberSummary fine = subscriber("fine");
        MemberSummary busy = subscriber("busy");
        MemberSummary unknown = subscriber("unknown");
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(address -> address.startsWith("busy-")
                ? "451 4.3.2 mailbox busy, try later" : address.startsWith("unknown-") ? "550 5.1.1 no such user" : "250 OK")) {
            long mailing = queueAndClaim(3);
            Instant sentAt = Instant.now();
            assertEquals(1, senderTo(smtp.port(), 200).send(batch));
            assertEquals(List.of(fine.email()), smtp.taken().stream().map(ScriptedSmtpServer.Taken::recipient).toList());

            Row later = row(mailing, busy);
            assertEquals("QUEUED", later.status());
            assertEquals(1, later.attempts());
            assertTrue(later.lastError().contains("451"), later.lastError());
            assertBetween(sentAt.plusSeconds(29), later.nextAttempt(), Instant.now().plusSeconds(31), "tried again after 30 s");

            Row failed = row(mailing, unknown);
            assertEquals("FAILED", failed.status());
            assertEquals(1, failed.attempts());
            assertTrue(failed.lastError().contains("550") && failed.lastError().contains("no such user"), failed.lastError());

            // Out of the way of the portal's senders for the rest of the run.
            execute("update mail_outbox set next_attempt_at = utc_timestamp(6) + interval 1 day where id = " + later.id());

            // The lead retries the failed one: the portal's sender (to GreenMail) delivers it.
            assertEquals(1, mailings.retryFailed(lead, mailing));
            assertEquals(0, row(mailing, unknown).attempts());
            assertEquals(1, TestMailbox.await(unknown.email(), TestMailbox.withSubject("Panne " + run), 1, Duration.ofSeconds(60)).size());
        }
    }

    @Test
    void aServerThatCannotBeReachedCostsNobodyAnAttempt() throws Exception {
        MemberSummary first = subscriber("first");
        MemberSummary second = subscriber("second");
        long mailing = queueAndClaim(2);
        Instant triedAt = Instant.now();

        assertEquals(0, senderTo(ScriptedSmtpServer.closedPort(), 200).send(batch));

        for (MemberSummary subscriber : List.of(first, second)) {
            Row waiting = row(mailing, subscriber);
            assertEquals("QUEUED", waiting.status());
            assertEquals(0, waiting.attempts(), "no attempt counted");
            assertBetween(triedAt.plusSeconds(29), waiting.nextAttempt(), Instant.now().plusSeconds(31), "back in 30 s");
            assertTrue(waiting.lastError().toLowerCase().contains("connect"), waiting.lastError());
        }
    }

    @Test
    void theSenderKeepsToTheConfiguredRate() throws Exception {
        for (int i = 0; i < 6; i++) {
            subscriber("rate" + i);
        }
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(address -> "250 OK")) {
            queueAndClaim(6);
            assertEquals(6, senderTo(smtp.port(), 5).send(batch));
            List<Instant> times = smtp.taken().stream().map(ScriptedSmtpServer.Taken::at).toList();
            assertEquals(6, times.size());
            // Five a second: each e-mail starts 200 ms after the one before, so five gaps separate the
            // first from the sixth. The server sees them a few milliseconds after they start (the first
            // one later, as its content is read then): hence the tenth of slack.
            long spanMs = Duration.between(times.getFirst(), times.getLast()).toMillis();
            assertTrue(spanMs >= 5 * 200 * 9 / 10, "six e-mails at five a second took " + spanMs + " ms");
        }
    }

    private List<OutgoingMail> batch;

    /** Queues a mailing to the collective and claims its rows as one sender would, out of the others' reach. */
    private long queueAndClaim(int recipients) throws Exception {
        MailingSummary mailing = mailings.save(lead, collective.id(), null, new MailingDraft("Panne " + run, "<p>x</p>"));
        transaction.begin();
        assertEquals(recipients, mailings.send(lead, mailing.id()));
        batch = outbox.claim(recipients, OutboxSender.LEASE);
        transaction.commit();
        assertEquals(recipients, batch.size());
        return mailing.id();
    }

    /** The real sender, with a session to that port and that rate, as server.xml would configure it. */
    private OutboxSender senderTo(int port, int ratePerSecond) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        OutboxSender sender = new OutboxSender();
        sender.session = Session.getInstance(properties);
        sender.outbox = outbox;
        sender.contents = contents;
        sender.unsubscribeLinks = links;
        sender.settings = settings;
        sender.ratePerSecond = ratePerSecond;
        sender.from = "portail@example.org";
        return sender;
    }

    private record Row(long id, String status, int attempts, Instant nextAttempt, String lastError) {
    }

    private Row row(long mailingId, MemberSummary member) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select id, status, attempts, next_attempt_at, coalesce(last_error, '') from mail_outbox"
                        + " where kind = 'MAILING' and ref_id = ? and member_id = ?")) {
            statement.setLong(1, mailingId);
            statement.setLong(2, member.id());
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), "a row for " + member.email());
                return new Row(result.getLong(1), result.getString(2), result.getInt(3),
                        result.getObject(4, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC), result.getString(5));
            }
        }
    }

    private static void assertBetween(Instant earliest, Instant actual, Instant latest, String what) {
        assertTrue(!actual.isBefore(earliest) && !actual.isAfter(latest), what + ": " + actual + " not in [" + earliest + ", " + latest + "]");
    }

    private MemberSummary subscriber(String name) {
        MemberSummary member = person(name, Set.of(GlobalRole.MEMBER));
        subscriptions.subscribe(member, collective.id());
        return member;
    }

    private MemberSummary person(String name, Set<GlobalRole> roles) {
        String subject = name + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name + " " + run, subject + "@example.org", "fr", roles));
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
