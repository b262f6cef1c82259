package org.communs.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The portal started by the build for the end-to-end tests, reached over real HTTP. */
public final class RunningPortal {

    // HTTP/1.1 as browsers speak it on plain http; Java's default h2c upgrade is not what users send.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private RunningPortal() {
    }

    /** @return the portal's root URL, ending with a slash */
    public static String url() {
        return System.getProperty("portal.url", "http://localhost:9181/");
    }

    public static URI uri(String path) {
        return URI.create(url()).resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** GETs a path of the portal with the given headers, given as name, value, name, value… */
    public static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** GETs a path whose answer is binary (a picture, a download). */
    public static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request without a body. */
    public static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the test server writes the address of its local JMX connector (benchmarks watch its heap through it). */
    public static java.nio.file.Path jmxAddress() {
        return java.nio.file.Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr", "servers",
                System.getProperty("wlp.server", "portal-it"), "logs", "state", "com.ibm.ws.jmx.local.address");
    }
}
