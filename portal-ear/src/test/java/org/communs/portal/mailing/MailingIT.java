package org.communs.portal.mailing;

import static org.communs.portal.testing.Refusals.assertForbidden;
import static org.communs.portal.testing.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.communs.portal.collective.CollectiveDraft;
import org.communs.portal.collective.CollectiveLink;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.Delivery;
import org.communs.portal.collective.JoinPolicy;
import org.communs.portal.collective.Subscriptions;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.news.NewsCard;
import org.communs.portal.news.NewsDraft;
import org.communs.portal.news.NewsItems;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.Refusals;
import org.communs.portal.testing.TestMailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mailings through the outbox to a real SMTP server (GreenMail): who may send, what each
 * subscriber receives, the unsubscribe link, and a sender that stops in the middle of a mailing.
 */
@ExtendWith(ArquillianExtension.class)
class MailingIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://[^\\s\"<>]+/unsubscribe\\?t=[A-Za-z0-9_.-]+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("mailing-it.war", MailingIT.class, TestMailbox.class, Refusals.class);
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
    NewsItems news;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    PortalSecrets secrets;

    @Inject
    DigestScheduler digests;

    @Inject
    UnsubscribeLinks links;

    @Inject
    org.communs.portal.settings.PortalSettings settings;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private String run;
    private MemberSummary admin;
    private MemberSummary lead;
    private CollectiveSummary collective;

    @BeforeEach
    void collective() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = person("Admin", Set.of(GlobalRole.ADMIN));
        lead = person("Lead", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));
        collective = collectives.create(admin, new CollectiveDraft("Mailings " + run, collectives.types(false).getFirst().getId(),
                "", "<p>x</p>", JoinPolicy.OPEN, List.<CollectiveLink>of()));
        collectives.nameLead(admin, collective.id(), lead.id());
    }

    @Test
    void eachSubscriberWhoAcceptsMailGetsOneMailWithAWorkingUnsubscribeLink() throws Exception {
        MemberSummary first = subscriber("First");
        MemberSummary second = subscriber("Second");
        MemberSummary quiet = subscriber("Quiet");
        subscriptions.choose(quiet, collective.id(), Delivery.PORTAL, false);
        MailingSummary mailing = mailings.save(lead, collective.id(), null,
                new MailingDraft("Assemblée " + run, "<p>Rendez-vous <strong>jeudi</strong></p>"));
        assertEquals(2, mailings.send(lead, mailing.id()));
        MimeMessage received = TestMailbox.await(first.email(), TestMailbox.withSubject(run), 1, MAIL_WAIT).getFirst();
        assertEquals(1, TestMailbox.await(second.email(), TestMailbox.withSubject(run), 1, MAIL_WAIT).size());
        String listUnsubscribe = received.getHeader("List-Unsubscribe", null);
        assertTrue(listUnsubscribe != null && listUnsubscribe.contains("/unsubscribe?t="), String.valueOf(listUnsubscribe));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post", null));
        String body = TestMailbox.text(received);
        assertTrue(body.contains("<strong>jeudi</strong>"), body);
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertTrue(link.find(), body);

        HttpResponse<String> page = get(link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Mailings " + run), page.body());
        assertTrue(subscriptions.mine(first).getFirst().acceptsMailings(), "opening the link alone changes nothing");
        HttpResponse<String> done = post(link.group(1));
        assertEquals(200, done.statusCode(), done.body());
        assertFalse(subscriptions.mine(first).getFirst().acceptsMailings());

        MailingSummary next = mailings.save(lead, collective.id(), null, new MailingDraft("Suite " + run, "<p>Encore</p>"));
        assertEquals(1, mailings.send(lead, next.id()), "only the second subscriber still accepts mailings");
        assertEquals(1, TestMailbox.await(second.email(), TestMailbox.withSubject("Suite " + run), 1, MAIL_WAIT).size());
        awaitAllSent(next.id());
        assertTrue(TestMailbox.messages(first.email()).stream().noneMatch(TestMailbox.withSubject("Suite " + run)));
        assertTrue(TestMailbox.messages(quiet.email()).isEmpty());
        assertEquals(2L, mailings.view(lead, mailing.id()).count(DeliveryStatus.SENT));
    }

    @Test
    void aLeadCannotMailAnotherCollectivesSubscribers() {
        MemberSummary otherLead = person("OtherLead", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));
        MemberSummary member = subscriber("Member");
        assertForbidden(() -> mailings.save(otherLead, collective.id(), null, new MailingDraft("Intrus", "<p>x</p>")));
        assertForbidden(() -> mailings.save(member, collective.id(), null, new MailingDraft("Intrus", "<p>x</p>")));
        MailingSummary mine = mailings.save(lead, collective.id(), null, new MailingDraft("À moi " + run, "<p>x</p>"));
        assertForbidden(() -> mailings.send(otherLead, mine.id()));
        assertForbidden(() -> mailings.recipients(otherLead, mine.id(), 0));
        assertTrue(mailings.view(lead, mine.id()).draft(), "nothing was sent");
    }

    @Test
    void badMailingsAreRefusedAndNothingIsQueued() {
        subscriber("Member");
        assertInvalid("mailing.error.subjectMissing", () -> mailings.save(lead, collective.id(), null, new MailingDraft(" ", "<p>x</p>")));
        assertInvalid("mailing.error.subjectTooLong", () -> mailings.save(lead, collective.id(), null,
                new MailingDraft("Objet\r\nBcc: tout@example.org", "<p>x</p>")));
        assertInvalid("richtext.error.tooLong", () -> mailings.save(lead, collective.id(), null,
                new MailingDraft("Gros", "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>")));
        assertTrue(mailings.ofCollective(lead, collective.id()).isEmpty());
        MailingSummary sent = mailings.save(lead, collective.id(), null, new MailingDraft("Une fois " + run, "<p>x</p>"));
        mailings.send(lead, sent.id());
        assertEquals(Reason.CONFLICT, assertThrows(PortalException.class, () -> mailings.send(lead, sent.id())).reason(),
                "a sent mailing cannot be sent again");
    }

    @Test
    void forgedAndExpiredUnsubscribeLinksChangeNothing() throws Exception {
        MemberSummary member = subscriber("Member");
        String base = "http://localhost:" + System.getProperty("it.http.port", "9181") + "/mailing-it/unsubscribe?t=";
        LocalDate today = settings.dateAt(Instant.now());
        String valid = new UnsubscribeToken(member.id(), collective.id(), today.plusDays(10)).sign(secrets.get("unsubscribe"));
        String forged = new UnsubscribeToken(member.id() + 1, collective.id(), today.plusDays(10)).sign(new byte[32]);
        String tampered = valid.substring(0, valid.length() - 2) + (valid.endsWith("A") ? "BB" : "AA");
        String expired = new UnsubscribeToken(member.id(), collective.id(), today.minusDays(1)).sign(secrets.get("unsubscribe"));
        assertEquals(400, post(base + forged).statusCode());
        assertEquals(400, post(base + tampered).statusCode());
        assertEquals(400, post(base + "abc").statusCode());
        HttpResponse<String> old = post(base + expired);
        assertEquals(410, old.statusCode());
        assertTrue(old.body().contains("expiré"), old.body());
        assertTrue(subscriptions.mine(member).getFirst().acceptsMailings(), "refused links change nothing");
        assertEquals(200, post(base + valid).statusCode());
        assertFalse(subscriptions.mine(member).getFirst().acceptsMailings());
    }

    @Test
    void itemsGoByMailToThoseWhoAskedForIt() {
        MemberSummary byMail = subscriber("ByMail");
        MemberSummary inPortal = subscriber("InPortal");
        subscriptions.choose(byMail, collective.id(), Delivery.EMAIL, true);
        NewsCard item = news.save(lead, null, new NewsDraft("Brève " + run, "<p>Nouvelle</p>", false, Set.of(collective.id())));
        news.publish(lead, item.id());
        news.unpublish(lead, item.id());
        news.publish(lead, item.id());
        assertEquals(1, TestMailbox.await(byMail.email(), TestMailbox.withSubject("Brève " + run), 1, MAIL_WAIT).size());
        // Nothing is left to send for this item: what the mailbox holds now is all it will ever get.
        awaitSettled(MailKind.NEWS, item.id());
        assertEquals(Map.of(DeliveryStatus.SENT, 1L), outbox.counts(MailKind.NEWS, item.id()), "one e-mail queued");
        assertEquals(1, TestMailbox.messages(byMail.email()).size(), "published twice, mailed once");
        assertTrue(TestMailbox.messages(inPortal.email()).isEmpty());
    }

    @Test
    void theWeeklyDigestListsTheWeeksItemsOnce() {
        MemberSummary weekly = subscriber("Weekly");
        subscriptions.choose(weekly, collective.id(), Delivery.DIGEST, true);
        NewsCard item = news.save(lead, null, new NewsDraft("Semaine " + run, "<p>Du neuf</p>", false, Set.of(collective.id())));
        news.publish(lead, item.id());
        awaitSettled(MailKind.NEWS, item.id());
        assertTrue(TestMailbox.messages(weekly.email()).isEmpty(), "a digest reader gets no mail per item");
        LocalDate nextWeek = settings.dateAt(Instant.now()).plusWeeks(1);
        assertEquals(1, digests.queueWeekBefore(nextWeek));
        assertEquals(0, digests.queueWeekBefore(nextWeek), "queued once per member and week");
        MimeMessage digest = TestMailbox.await(weekly.email(), m -> true, 1, MAIL_WAIT).getFirst();
        assertTrue(TestMailbox.text(digest).contains("Semaine " + run), TestMailbox.text(digest));
    }

    /**
     * The organisation's days, not UTC's. In summer Paris is UTC+2: Sunday 23:30 there still
     * belongs to the week that ends, Monday 00:30 there (Sunday 22:30 UTC) to the next one, and a
     * link whose last day is 30 June stops working at midnight in Paris, not two hours later.
     */
    @Test
    void digestWeeksAndLinkExpiriesFollowTheOrganisationsDays() throws Exception {
        MemberSummary weekly = subscriber("Boundary");
        subscriptions.choose(weekly, collective.id(), Delivery.DIGEST, true);
        publishedAt("Dimanche soir " + run, Instant.parse("2027-06-27T21:30:00Z"));
        publishedAt("Lundi minuit et demie " + run, Instant.parse("2027-06-27T22:30:00Z"));

        assertEquals(0, digests.queueDueAt(Instant.parse("2027-06-27T21:30:00Z")), "Sunday 23:30 in Paris: the week is not over");
        assertEquals(1, digests.queueDueAt(Instant.parse("2027-06-27T22:30:00Z")), "Monday 00:30 in Paris, still Sunday in UTC");
        assertEquals(0, digests.queueDueAt(Instant.parse("2027-06-28T00:05:00Z")), "the same Monday queues that week once");
        String digest = TestMailbox.text(TestMailbox.await(weekly.email(), m -> true, 1, MAIL_WAIT).getFirst());
        assertTrue(digest.contains("Dimanche soir " + run), digest);
        assertFalse(digest.contains("Lundi minuit et demie " + run), "published in the next week: " + digest);

        String link = links.token(weekly.id(), collective.id(), Instant.parse("2026-06-29T22:30:00Z"));
        UnsubscribeToken.Reading written = links.read(link, Instant.parse("2026-06-30T12:00:00Z"));
        assertEquals(LocalDate.parse("2027-06-30"), written.token().expires(), "written on 30 June 2026 in Paris, 29 June in UTC");
        assertEquals(UnsubscribeToken.Verdict.VALID, links.read(link, Instant.parse("2027-06-30T21:30:00Z")).verdict(),
                "23:30 on its last day in Paris");
        assertEquals(UnsubscribeToken.Verdict.EXPIRED, links.read(link, Instant.parse("2027-06-30T22:30:00Z")).verdict(),
                "00:30 the next day in Paris, though still 30 June in UTC");
        assertEquals(UnsubscribeToken.Verdict.EXPIRED, links.read(link, Instant.parse("2027-07-01T00:05:00Z")).verdict());
    }

    /**
     * The sender is stopped (what the server's shutdown does) in the middle of a batch it is
     * sending: the mail in hand is finished, the rest of the batch goes back to the queue at once
     * rather than after its five-minute lease, and once the sender runs again every subscriber
     * has exactly one e-mail, whose Message-ID is the one of its outbox row (the same whichever
     * sender or attempt sent it). The batch is claimed first in one transaction, so that the
     * portal application's own sender (a second server, as it were) cannot take it.
     */
    @Test
    void aSenderStoppedInTheMiddleOfABatchResumesWithoutLossOrDuplicate() throws Exception {
        List<MemberSummary> subscribers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            subscribers.add(subscriber("Stop" + i));
        }
        MailingSummary mailing = mailings.save(lead, collective.id(), null, new MailingDraft("Reprise " + run, "<p>x</p>"));
        transaction.begin();
        mailings.send(lead, mailing.id());
        List<OutgoingMail> batch = outbox.claim(150, OutboxSender.LEASE);
        transaction.commit();
        assertEquals(150, batch.size());
        try {
            java.util.concurrent.Future<Integer> sending = executor.submit(() -> sender.send(batch));
            awaitCount(mailing.id(), DeliveryStatus.SENT, 10);
            sender.stop();
            int sent = sending.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(sent >= 10 && sent < 150, "stopped in the middle: " + sent + " sent");
            assertEquals(0, count("select count(*) from mail_outbox where claim_token = '" + batch.getFirst().claimToken() + "'"),
                    "the stopped sender holds nothing any more");
            // Given back, the rest may already be on its way with the portal's own sender: none is lost or failed.
            assertEquals(150, count("select count(*) from mail_outbox where kind = 'MAILING' and ref_id = " + mailing.id()
                    + " and status in ('SENT', 'QUEUED', 'SENDING')"), "none lost");
        } finally {
            sender.start();
        }
        awaitAllSent(mailing.id());
        Map<Long, Long> rows = outboxRows(mailing.id());
        for (MemberSummary subscriber : subscribers) {
            List<MimeMessage> received = TestMailbox.messages(subscriber.email());
            assertEquals(1, received.size(), "exactly one for " + subscriber.email());
            assertEquals("<outbox-" + rows.get(subscriber.id()) + ".mailing." + mailing.id() + "@localhost>",
                    received.getFirst().getMessageID());
        }
    }

    /**
     * A sender that dies without a word (power cut, kill -9) leaves its claim leased. Once the lease
     * is over (made to end now, rather than waiting five minutes), the next sender takes the rows
     * back; the dead one can no longer mark them, and every subscriber gets exactly one e-mail.
     */
    @Test
    void rowsOfASenderWhoseLeaseRanOutGoToTheNextSender() throws Exception {
        List<MemberSummary> subscribers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            subscribers.add(subscriber("Crash" + i));
        }
        MailingSummary mailing = mailings.save(lead, collective.id(), null, new MailingDraft("Bail " + run, "<p>x</p>"));
        // Queued and claimed in one transaction, as one sender would: no other sender sees them queued.
        transaction.begin();
        mailings.send(lead, mailing.id());
        List<OutgoingMail> claimed = outbox.claim(30, OutboxSender.LEASE);
        transaction.commit();
        assertEquals(30, claimed.size());
        assertEquals(10, sender.send(claimed.subList(0, 10)));
        assertEquals(10L, mailings.view(lead, mailing.id()).count(DeliveryStatus.SENT));
        assertEquals(20L, mailings.view(lead, mailing.id()).count(DeliveryStatus.SENDING));

        execute("update mail_outbox set lease_until = utc_timestamp(6) - interval 1 minute"
                + " where kind = 'MAILING' and ref_id = " + mailing.id() + " and status = 'SENDING'");
        assertEquals(20, outbox.recoverExpiredLeases());
        outbox.sent(claimed.get(15));
        assertEquals(10L, mailings.view(lead, mailing.id()).count(DeliveryStatus.SENT),
                "a sender whose lease ran out can no longer mark what it had claimed");
        sender.sendDue();
        awaitAllSent(mailing.id());
        // Every row is SENT, and a row is marked only after the SMTP server took the e-mail: the
        // mailboxes hold everything there will ever be.
        for (MemberSummary subscriber : subscribers) {
            assertEquals(1, TestMailbox.messages(subscriber.email()).size(), "exactly one for " + subscriber.email());
        }
    }

    private void publishedAt(String title, Instant publishedAt) throws Exception {
        NewsCard item = news.save(lead, null, new NewsDraft(title, "<p>x</p>", false, Set.of(collective.id())));
        news.publish(lead, item.id());
        awaitSettled(MailKind.NEWS, item.id());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("update news_item set published_at = ? where id = ?")) {
            statement.setObject(1, java.time.LocalDateTime.ofInstant(publishedAt, java.time.ZoneOffset.UTC));
            statement.setLong(2, item.id());
            assertEquals(1, statement.executeUpdate());
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Each member's outbox row of a mailing. */
    private Map<Long, Long> outboxRows(long mailingId) throws Exception {
        Map<Long, Long> rows = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select member_id, id from mail_outbox where kind = 'MAILING' and ref_id = ?")) {
            statement.setLong(1, mailingId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong(1), result.getLong(2));
                }
            }
        }
        return rows;
    }

    private void awaitCount(long mailingId, DeliveryStatus status, long atLeast) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (outbox.counts(MailKind.MAILING, mailingId).getOrDefault(status, 0L) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never " + atLeast + " " + status + ": " + outbox.counts(MailKind.MAILING, mailingId));
            }
            sleep(5);
        }
    }

    private void awaitAllSent(long mailingId) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        MailingSummary summary;
        do {
            summary = mailings.view(lead, mailingId);
            if (summary.count(DeliveryStatus.SENT) == summary.recipients()) {
                return;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not all sent: " + summary.statuses());
    }

    /** Waits until no e-mail of this kind and reference is queued or being sent. */
    private void awaitSettled(MailKind kind, long refId) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        Map<DeliveryStatus, Long> counts;
        do {
            counts = outbox.counts(kind, refId);
            if (!counts.containsKey(DeliveryStatus.QUEUED) && !counts.containsKey(DeliveryStatus.SENDING)) {
                return;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("still to send: " + counts);
    }

    private MemberSummary subscriber(String name) {
        MemberSummary member = person(name, Set.of(GlobalRole.MEMBER));
        subscriptions.subscribe(member, collective.id());
        return member;
    }

    private MemberSummary person(String name, Set<GlobalRole> roles) {
        String subject = name.toLowerCase() + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name + " " + run, subject + "@example.org", "fr", roles));
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url) throws Exception {
        URI uri = URI.create(url);
        String token = uri.getRawQuery().substring("t=".length());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.substring(0, url.indexOf('?'))))
                        .header("Accept-Language", "fr").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("t=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
