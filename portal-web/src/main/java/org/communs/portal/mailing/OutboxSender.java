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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.database.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, at most {@code portal.mail.rate} e-mails a second, over one SMTP
 * connection per batch. Runs every few seconds once the schema is ready; every server of a portal
 * may run one, the outbox's leases keep them apart.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration CONNECTION_RETRY = Duration.ofSeconds(30);

    @Resource(lookup = "mail/portal")
    Session session;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    MailContents contents;

    @Inject
    PortalSecrets secrets;

    @Inject
    @ConfigProperty(name = "portal.mail.rate", defaultValue = "10")
    int ratePerSecond;

    @Inject
    @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portail@localhost")
    String from;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private ScheduledFuture<?> ticks;

    void start(@Observes SchemaReady ready) {
        if (ticks == null) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, 2, 2, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail sender's round failed; the next one retries", e);
        }
    }

    /**
     * Sends everything due now, batch after batch, then returns. Rows a stopped sender left behind
     * come back first. Only one round runs at a time in this application.
     *
     * @return how many e-mails the SMTP server accepted
     */
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            outbox.recoverExpiredLeases();
            int sent = 0;
            List<OutgoingMail> batch;
            while (!stopping && !(batch = outbox.claim(Math.max(1, ratePerSecond), LEASE)).isEmpty()) {
                sent += send(batch);
            }
            return sent;
        } finally {
            running.set(false);
        }
    }

    /** Sends these claimed e-mails over one connection; each is marked as soon as the server answers. */
    int send(List<OutgoingMail> batch) {
        long pause = 1000L / Math.max(1, ratePerSecond);
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        int sent = 0;
        Transport transport;
        try {
            transport = session.getTransport();
            transport.connect();
        } catch (MessagingException unreachable) {
            // The server is down or refuses us: nobody's e-mail is at fault, so no attempt is counted.
            LOG.warning("The SMTP server cannot be reached (" + unreachable.getMessage() + "); "
                    + batch.size() + " e-mails wait for the next round");
            batch.forEach(mail -> outbox.postpone(mail.id(), CONNECTION_RETRY, unreachable.getMessage()));
            return 0;
        }
        try {
            for (OutgoingMail mail : batch) {
                long started = System.nanoTime();
                if (deliver(transport, mail, base)) {
                    sent++;
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

    private boolean deliver(Transport transport, OutgoingMail mail, String base) {
        Optional<MailContent> content;
        try {
            content = contents.of(mail, base);
        } catch (RuntimeException e) {
            outbox.failed(mail.id(), mail.attempts(), "content: " + e.getMessage(), false);
            return false;
        }
        if (content.isEmpty()) {
            outbox.failed(mail.id(), mail.attempts(), "nothing to send any more (removed or unpublished)", true);
            return false;
        }
        try {
            String unsubscribe = mail.kind() == MailKind.TEST || mail.collectiveId() == null ? null
                    : base + "/unsubscribe?t=" + new UnsubscribeToken(mail.memberId(), mail.collectiveId(),
                    LocalDate.now(ZoneOffset.UTC).plusDays(UnsubscribeToken.VALID_DAYS)).sign(secrets.get(UnsubscribeServlet.SECRET));
            MimeMessage message = MailComposer.compose(session, mail, content.get(), unsubscribe, base, from);
            transport.sendMessage(message, message.getAllRecipients());
            outbox.sent(mail.id());
            return true;
        } catch (SendFailedException refused) {
            outbox.failed(mail.id(), mail.attempts(), refused.getMessage(), true);
        } catch (MessagingException | RuntimeException e) {
            outbox.failed(mail.id(), mail.attempts(), e.getMessage(), false);
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
