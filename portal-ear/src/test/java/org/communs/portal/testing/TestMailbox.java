package org.communs.portal.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mailboxes of the test SMTP server (GreenMail, started by {@code ./portal test}), read through
 * its HTTP API, from the test JVM or from inside the portal's server.
 */
public final class TestMailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestMailbox() {
    }

    private static String api() {
        String configured = System.getProperty("mail.api");
        if (configured == null) {
            try {
                configured = ConfigProvider.getConfig().getOptionalValue("it.mail.api", String.class).orElse(null);
            } catch (RuntimeException | LinkageError noConfig) {
                configured = null;
            }
        }
        return configured == null ? "http://127.0.0.1:8183" : configured;
    }

    /** Every message received for this address, parsed. */
    public static List<MimeMessage> messages(String address) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/api/user/"
                            + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/INBOX"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return List.of(); // GreenMail knows an address once it received a mail for it
            }
            JsonArray array = jakarta.json.Json.createReader(new StringReader(response.body())).readArray();
            Session session = Session.getInstance(new Properties());
            List<MimeMessage> messages = new ArrayList<>();
            for (JsonValue value : array) {
                String raw = ((JsonObject) value).getString("mimeMessage");
                messages.add(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            }
            return messages;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Cannot read the test mailbox of " + address + " at " + api(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The messages for this address that match, waiting up to the timeout for at least {@code count} of them. */
    public static List<MimeMessage> await(String address, Predicate<MimeMessage> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found;
        do {
            found = messages(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        return found;
    }

    public static Predicate<MimeMessage> withSubject(String part) {
        return message -> {
            try {
                return message.getSubject() != null && message.getSubject().contains(part);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        };
    }

    /** The whole decoded text of a message (headers and every part), to look for links in it. */
    public static String text(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            collect(message.getContent(), text);
            return text.toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Object content, StringBuilder text) throws IOException, jakarta.mail.MessagingException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), text);
            }
        } else {
            text.append(content).append('\n');
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
