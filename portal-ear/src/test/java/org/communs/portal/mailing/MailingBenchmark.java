package org.communs.portal.mailing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.communs.portal.collective.CollectiveDraft;
import org.communs.portal.collective.CollectiveLink;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.JoinPolicy;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.TestMailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mailing benchmark of BENCHMARKS.md, run inside the test server against its MariaDB and the
 * test SMTP server (GreenMail): queuing a mailing to 5,000 subscribers, the time the portal takes
 * to deliver all of them, and one sender's throughput over one SMTP connection. Not a test: it
 * asserts only that the work was done, and runs only with {@code -Pmail-benchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class MailingBenchmark {

    static final int SUBSCRIBERS = 5_000;
    static final int QUEUE_ROUNDS = 5;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("mailing-benchmark.war", MailingBenchmark.class, TestMailbox.class);
    }

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Mailings mailings;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MemberSummary admin = person("Admin " + run, Set.of(GlobalRole.ADMIN));
        MemberSummary lead = person("Lead " + run, Set.of(GlobalRole.MEMBER));
        CollectiveSummary collective = collectives.create(admin, new CollectiveDraft("Benchmark " + run,
                collectives.types(false).getFirst().getId(), "", "<p>x</p>", JoinPolicy.OPEN, List.<CollectiveLink>of()));
        collectives.nameLead(admin, collective.id(), lead.id());
        insertSubscribers(collective.id(), run);
        StringBuilder report = new StringBuilder();
        String body = "<p>Bonjour,</p><p>" + "Un mailing d'une taille ordinaire, avec <strong>du gras</strong>. ".repeat(40) + "</p>";

        // 1. Queuing: the lead's click on "send" writes 5,000 outbox rows in one statement. Measured in
        // a transaction that is then rolled back, so that no sender of the server starts on them.
        List<Long> queueMillis = new ArrayList<>();
        for (int round = 0; round < QUEUE_ROUNDS; round++) {
            MailingSummary mailing = mailings.save(lead, collective.id(), null, new MailingDraft("Queue " + round + " " + run, body));
            transaction.begin();
            long started = System.nanoTime();
            mailings.send(lead, mailing.id());
            queueMillis.add((System.nanoTime() - started) / 1_000_000);
            transaction.rollback();
            if (!mailings.view(lead, mailing.id()).draft()) {
                throw new AssertionError("the rolled-back queuing was committed: the measure would be wrong");
            }
        }
        report.append("| Queue a mailing to ").append(SUBSCRIBERS).append(" subscribers, ").append(QUEUE_ROUNDS)
                .append(" rounds (ms, before commit) | ").append(queueMillis).append(" |\n");

        // 2. For real: queued and committed, then delivered by the server's own background senders.
        MailingSummary real = mailings.save(lead, collective.id(), null, new MailingDraft("Réel " + run, body));
        long queueStart = System.nanoTime();
        mailings.send(lead, real.id());
        long queuedCommitted = (System.nanoTime() - queueStart) / 1_000_000;
        report.append("| Queue it for real, commit included (ms) | ").append(queuedCommitted).append(" |\n");
        Instant deliveryStart = Instant.now();
        long sent;
        do {
            Thread.sleep(200);
            sent = mailings.view(lead, real.id()).count(DeliveryStatus.SENT);
        } while (sent < SUBSCRIBERS && Duration.between(deliveryStart, Instant.now()).toMinutes() < 10);
        double deliverySeconds = Duration.between(deliveryStart, Instant.now()).toMillis() / 1000.0;
        report.append("| Deliver it: commit to last SENT, the server's background senders | ")
                .append(String.format("%.1f s, %d mails, %.0f mails/s", deliverySeconds, sent, sent / deliverySeconds)).append(" |\n");

        // 3. One sender, one SMTP connection per batch, rate limit lifted (the profile sets it).
        MailingSummary direct = mailings.save(lead, collective.id(), null, new MailingDraft("Direct " + run, body));
        transaction.begin();
        mailings.send(lead, direct.id());
        List<OutgoingMail> claimed = outbox.claim(SUBSCRIBERS, Duration.ofHours(1));
        transaction.commit();
        long started = System.nanoTime();
        int delivered = 0;
        for (int from = 0; from < claimed.size(); from += 500) {
            delivered += sender.send(claimed.subList(from, Math.min(claimed.size(), from + 500)));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.append("| One sender, batches of 500 over one connection each | ")
                .append(String.format("%.1f s, %d mails, %.0f mails/s", seconds, delivered, delivered / seconds)).append(" |\n");

        String sample = "bench-" + run + "-4999@example.org";
        report.append("| Check: mails in GreenMail for the last subscriber | ")
                .append(TestMailbox.await(sample, m -> true, 2, Duration.ofSeconds(30)).size()).append(" (expected 2: real and direct) |\n");
        String table = "| Measure | Result |\n|---|---|\n" + report;
        System.out.println("MAIL BENCHMARK\n" + table);
        Path out = Path.of(System.getProperty("server.output.dir", "."), "mail-benchmark.md");
        try {
            Files.writeString(out, table);
        } catch (IOException e) {
            System.out.println("Could not write " + out + ": " + e);
        }
        if (sent < SUBSCRIBERS || delivered != SUBSCRIBERS) {
            throw new AssertionError("the benchmark did not deliver everything: " + sent + " / " + delivered);
        }
    }

    /** 5,000 members subscribed to the collective, written with JDBC batches (setup, not measured). */
    private void insertSubscribers(long collectiveId, String run) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement member = connection.prepareStatement("insert into member (subject, username, display_name,"
                    + " email, language, status, created_at) values (?, ?, ?, ?, 'fr', 'ACTIVE', ?)")) {
                for (int i = 0; i < SUBSCRIBERS; i++) {
                    String login = "bench-" + run + "-" + i;
                    member.setString(1, login);
                    member.setString(2, login);
                    member.setString(3, "Abonné " + i + " " + run);
                    member.setString(4, login + "@example.org");
                    member.setTimestamp(5, now);
                    member.addBatch();
                }
                member.executeBatch();
            }
            try (PreparedStatement subscribe = connection.prepareStatement("insert into subscription (member_id, collective_id,"
                    + " state, delivery, accepts_mailings, created_at) select id, ?, 'ACTIVE', 'PORTAL', true, ? from member"
                    + " where subject like ?")) {
                subscribe.setLong(1, collectiveId);
                subscribe.setTimestamp(2, now);
                subscribe.setString(3, "bench-" + run + "-%");
                subscribe.executeUpdate();
            }
            connection.commit();
        }
    }

    private MemberSummary person(String name, Set<GlobalRole> roles) {
        String subject = "bench-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name, subject + "@example.org", "fr", roles));
    }
}
