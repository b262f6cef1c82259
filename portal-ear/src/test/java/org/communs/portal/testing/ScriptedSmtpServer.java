package org.communs.portal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small SMTP server that answers what a test tells it to, for the faults GreenMail cannot play:
 * each recipient gets the reply {@code replyTo} gives for its address ({@code 250 OK}, a
 * {@code 451} to come back later, a {@code 550} never to come back), and every message taken is
 * recorded with the instant its data ended. Speaks just enough SMTP for Jakarta Mail.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** A message the server took. */
    public record Taken(String recipient, Instant at) {
    }

    private final ServerSocket socket;
    private final Function<String, String> replyTo;
    private final List<Taken> taken = new CopyOnWriteArrayList<>();

    /** @param replyTo the reply line (code and text) for a recipient's address */
    public ScriptedSmtpServer(Function<String, String> replyTo) {
        this.replyTo = replyTo;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("scripted-smtp").start(this::accept);
    }

    /** A port nothing listens on (an SMTP server that is down). */
    public static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> converse(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket connection) {
        try (connection; BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = connection.getOutputStream()) {
            say(out, "220 scripted ESMTP");
            List<String> accepted = new java.util.ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    say(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    accepted.clear();
                    say(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    String reply = replyTo.apply(address);
                    if (reply.startsWith("2")) {
                        accepted.add(address);
                    }
                    say(out, reply);
                } else if (command.equals("DATA")) {
                    say(out, "354 go ahead");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept: what matters here is who got one, and when
                    }
                    Instant at = Instant.now();
                    accepted.forEach(recipient -> taken.add(new Taken(recipient, at)));
                    say(out, "250 taken");
                } else if (command.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 OK"); // RSET, NOOP
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
