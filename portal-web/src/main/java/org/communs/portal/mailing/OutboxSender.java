package org.communs.portal.mailing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.database.PeriodicTask;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.settings.PortalSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, at most {@code portal.mail.rate} e-mails a second, over one SMTP
 * connection per batch. Runs every few seconds once the schema is ready; every server of a portal
 * may run one, the outbox's leases keep them apart.
 */
@ApplicationScoped
public class OutboxSender {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /**
     * How long a sender holds what it claimed. A batch takes about a second at the configured rate,
     * and a dead connection ends it at the first timeout (server.xml sets 10 s to connect, 30 s per
     * read or write), so a live sender never outlasts its lease.
     */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_BATCH = 100;
    private static final java.util.regex.Pattern SMTP_CODE = java.util.regex.Pattern.compile("^\\s*([2-5])\\d\\d\\b.*", java.util.regex.Pattern.DOTALL);
    private static final Duration CONNECTION_RETRY = Duration.ofSeconds(30);
    /** Longer than one e-mail takes on a live connection; a hung one is left to its lease. */
    static final Duration STOP_WAIT = Duration.ofSeconds(15);

    @Resource(lookup = "mail/portal")
    Session session;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    MailContents contents;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @Inject
    @ConfigProperty(name = "portal.mail.rate", defaultValue = "10")
    int ratePerSecond;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portail@localhost")
    String from;

    /** Held by the round in progress: one round at a time, and what stop() waits for. */
    private final ReentrantLock round = new ReentrantLock();
    private volatile boolean stopping;
    private PeriodicTask rounds;

    void start(@Observes SchemaReady ready) {
        start();
    }

    /** Starts the rounds (once the schema is ready, and again after {@link #stop()}). */
    public synchronized void start() {
        stopping = false;
        if (rounds == null) {
            rounds = PeriodicTask.start(scheduler, Duration.ofSeconds(2), Duration.ofSeconds(2), this::sendDue, LOG,
                    "The mail sender's round failed; the next one retries");
        }
    }

    /**
     * Stops sending, as the server's shutdown does: the e-mail being handed to the SMTP server is
     * finished and marked, the rest of the batch goes back to the queue at once (not after its
     * lease), so that the next sender, here or on another server, sends each of them exactly once.
     * Waits up to {@link #STOP_WAIT} for the round in progress.
     */
    @PreDestroy
    public synchronized void stop() {
        stopping = true;
        if (rounds != null) {
            rounds.stop();
            rounds = null;
        }
        try {
            if (round.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                round.unlock(); // the round in progress has given back what it had not sent
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends everything due now, batch after batch, then returns. Rows a stopped sender left behind
     * come back first. Only one round runs at a time in this application.
     *
     * @return how many e-mails the SMTP server accepted
     */
    public int sendDue() {
        if (!round.tryLock()) {
            return 0;
        }
        try {
            outbox.recoverExpiredLeases();
            int sent = 0;
            List<OutgoingMail> batch;
            while (!stopping && !(batch = outbox.claim(Math.max(1, Math.min(MAX_BATCH, ratePerSecond)), LEASE)).isEmpty()) {
                sent += send(batch);
            }
            return sent;
        } finally {
            round.unlock();
        }
    }

    /** Sends these claimed e-mails over one connection; each is marked as soon as the server answers. */
    int send(List<OutgoingMail> batch) {
        long pause = 1000L / Math.max(1, ratePerSecond);
        String base = settings.publicUrl();
        int sent = 0;
        Transport transport;
        try {
            transport = session.getTransport();
            transport.connect();
        } catch (MessagingException unreachable) {
            // The server is down or refuses us: nobody's e-mail is at fault, so no attempt is counted.
            LOG.warning("The SMTP server cannot be reached (" + unreachable.getMessage() + "); "
                    + batch.size() + " e-mails wait for the next round");
            batch.forEach(mail -> outbox.postpone(mail, CONNECTION_RETRY, unreachable.getMessage()));
            return 0;
        }
        try {
            // A mailing or an item is read once per batch, not once per recipient.
            Map<String, Optional<MailContent>> shared = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                if (stopping) {
                    batch.subList(i, batch.size()).forEach(outbox::release);
                    break;
                }
                long started = System.nanoTime();
                Outcome outcome = deliver(transport, batch.get(i), base, shared);
                if (outcome == Outcome.SENT) {
                    sent++;
                } else if (outcome == Outcome.CONNECTION_LOST) {
                    // The rest of the batch waits for the next round rather than for one timeout each.
                    batch.subList(i + 1, batch.size()).forEach(mail -> outbox.postpone(mail, CONNECTION_RETRY, "connection lost"));
                    break;
                }
                long left = pause - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                if (left > 0) {
                    sleep(left);
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The e-mails are sent and marked; a failed goodbye changes nothing.
            }
        }
        return sent;
    }

    /** What became of one e-mail. */
    private enum Outcome { SENT, FAILED, CONNECTION_LOST }

    private Outcome deliver(Transport transport, OutgoingMail mail, String base, Map<String, Optional<MailContent>> shared) {
        Optional<MailContent> content;
        try {
            // A digest is each reader's own; everything else is the same for all recipients of one collective.
            content = mail.kind() == MailKind.DIGEST ? contents.of(mail, base)
                    : shared.computeIfAbsent(mail.kind() + ":" + mail.refId() + ":" + mail.collectiveId(), key -> contents.of(mail, base));
        } catch (RuntimeException e) {
            outbox.failed(mail, "content: " + e.getMessage(), false);
            return Outcome.FAILED;
        }
        if (content.isEmpty()) {
            outbox.failed(mail, "nothing to send any more (removed or unpublished)", true);
            return Outcome.FAILED;
        }
        MimeMessage message;
        try {
            String unsubscribe = mail.kind() == MailKind.TEST || mail.collectiveId() == null ? null
                    : base + "/unsubscribe?t=" + unsubscribeLinks.token(mail.memberId(), mail.collectiveId(), Instant.now());
            message = MailComposer.compose(session, mail, content.get(), unsubscribe, base, from);
        } catch (MessagingException | RuntimeException unusable) {
            outbox.failed(mail, unusable.getMessage(), true);
            return Outcome.FAILED;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException refused) {
            Character code = smtpCode(refused);
            if (code == null && !(refused instanceof SendFailedException)) {
                outbox.postpone(mail, CONNECTION_RETRY, refused.getMessage());
                return Outcome.CONNECTION_LOST;
            }
            // 5xx: the server will never take it (unknown address…); 4xx: try again later.
            outbox.failed(mail, smtpReply(refused).orElse(refused.getMessage()), code == null || code == '5');
            return Outcome.FAILED;
        }
        markSent(mail);
        return Outcome.SENT;
    }

    /**
     * The server has the e-mail: from here on it must never go back to the queue. If the database
     * does not answer, the row stays leased and comes back after the lease (the e-mail then goes
     * again with the same Message-ID); that is logged.
     */
    private void markSent(OutgoingMail mail) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                outbox.sent(mail);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark e-mail " + mail.id() + " as sent (try " + attempt + ")", e);
                sleep(500L * attempt);
            }
        }
    }

    /** The first digit of the SMTP reply code found in the exception or its causes, or null when there is none. */
    static Character smtpCode(Exception failure) {
        return smtpReply(failure).map(reply -> reply.strip().charAt(0)).orElse(null);
    }

    /**
     * The SMTP server's own reply in the exception or its causes ("550 5.1.1 no such user"): what a
     * lead reads as the reason, rather than Jakarta Mail's "Invalid Addresses" around it.
     */
    static Optional<String> smtpReply(Exception failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++) {
            String message = String.valueOf(current.getMessage());
            if (SMTP_CODE.matcher(message).matches()) {
                return Optional.of(message.strip());
            }
            current = current instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException() : current.getCause();
        }
        return Optional.empty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
