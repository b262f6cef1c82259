package org.communs.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/**
 * The documents benchmark of BENCHMARKS.md: a 100 MB file uploaded and downloaded through the
 * portal's API over HTTP, with the server's heap watched through its local JMX connector the whole
 * time (the file must stream, not sit in memory). Not a test: it runs only with
 * {@code -Pdocuments-benchmark}, and asserts only that the bytes made the round trip.
 */
class DocumentsBenchmark {

    static final long SIZE = 100L * 1024 * 1024;

    @Test
    void measure() throws Exception {
        String cookies = SignedInCookies.of(DemoUser.ADMIN);
        long me = Json.object(RunningPortal.get("/api/v1/me", "Cookie", cookies)).getJsonNumber("id").longValue();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(RunningPortal.jmxAddress()).strip()))) {
            MBeanServerConnection server = jmx.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);

            memory.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            HeapWatch uploadWatch = HeapWatch.start(memory);
            long started = System.nanoTime();
            HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(RunningPortal.uri("/api/v1/documents/m" + me))
                    .header("Cookie", cookies).header("Content-Type", "application/octet-stream")
                    .header("X-File-Name", "benchmark-" + System.currentTimeMillis() + ".bin")
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBytes(SIZE))).build(),
                    HttpResponse.BodyHandlers.ofString());
            double uploadSeconds = (System.nanoTime() - started) / 1e9;
            long uploadPeak = uploadWatch.stop() - baseline;
            if (uploaded.statusCode() != 201) {
                throw new AssertionError("upload refused: " + uploaded.statusCode() + " " + uploaded.body());
            }
            long fileId = Json.object(uploaded).getJsonNumber("id").longValue();

            memory.gc();
            baseline = memory.getHeapMemoryUsage().getUsed();
            HeapWatch downloadWatch = HeapWatch.start(memory);
            started = System.nanoTime();
            HttpResponse<InputStream> downloaded = http.send(HttpRequest.newBuilder(
                            RunningPortal.uri("/api/v1/documents/files/" + fileId + "/content")).header("Cookie", cookies)
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long received;
            try (InputStream body = downloaded.body()) {
                received = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            double downloadSeconds = (System.nanoTime() - started) / 1e9;
            long downloadPeak = downloadWatch.stop() - baseline;
            if (received != SIZE) {
                throw new AssertionError("downloaded " + received + " bytes instead of " + SIZE);
            }
            // Text extraction: a generated 200-page PDF, from the upload's answer to the moment the
            // search page finds a word of its first page (the document is indexed once, after its
            // whole text is read, up to TextExtraction's 500,000 characters).
            String lastWord = "benchmarkfin" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
            byte[] manual = manual(200, lastWord);
            String manualName = "manuel-" + System.currentTimeMillis() + ".pdf";
            HttpResponse<String> pdf = http.send(HttpRequest.newBuilder(RunningPortal.uri("/api/v1/documents/m" + me))
                    .header("Cookie", cookies).header("Content-Type", "application/octet-stream")
                    .header("X-File-Name", manualName).timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(manual)).build(), HttpResponse.BodyHandlers.ofString());
            if (pdf.statusCode() != 201) {
                throw new AssertionError("PDF refused: " + pdf.statusCode() + " " + pdf.body());
            }
            started = System.nanoTime();
            while (!RunningPortal.get("/search.xhtml?q=" + lastWord, "Cookie", cookies).body().contains(manualName)) {
                if (System.nanoTime() - started > 120_000_000_000L) {
                    throw new AssertionError("the PDF's last page was not searchable after 2 minutes");
                }
                Thread.sleep(100);
            }
            double extractSeconds = (System.nanoTime() - started) / 1e9;

            String table = "| Measure | Result |\n|---|---|\n"
                    + String.format("| A 200-page PDF (%d KB, ~1 million characters, read up to 500,000) searchable after the upload (Tika + index, background) | %.1f s |%n",
                            manual.length / 1024, extractSeconds)
                    + String.format("| Upload 100 MB (HTTP POST, streamed to the blob store) | %.1f s, %.0f MB/s |%n", uploadSeconds, 100 / uploadSeconds)
                    + String.format("| Server heap above its level before the upload, at its highest during it | %d MB |%n", uploadPeak / (1024 * 1024))
                    + String.format("| Download 100 MB (HTTP GET, streamed from the blob store) | %.1f s, %.0f MB/s |%n", downloadSeconds, 100 / downloadSeconds)
                    + String.format("| Server heap above its level before the download, at its highest during it | %d MB |%n", downloadPeak / (1024 * 1024));
            System.out.println("DOCUMENTS BENCHMARK\n" + table);
            Files.writeString(Path.of("target", "documents-benchmark.md"), table);
        }
    }

    /** A PDF of that many pages of French text, the given word on the first page (made with PDFBox). */
    private static byte[] manual(int pages, String lastWord) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 10);
                    text.setLeading(12);
                    text.newLineAtOffset(50, 740);
                    for (int line = 0; line < 55; line++) {
                        text.showText("Page " + p + ", ligne " + line + " : les statuts de l'association precisent les roles du bureau.");
                        text.newLine();
                    }
                    if (p == 1) {
                        text.showText(lastWord);
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Samples the server's used heap every 20 ms and keeps the highest value. */
    private static final class HeapWatch implements Runnable {

        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        private HeapWatch(MemoryMXBean memory) {
            this.memory = memory;
        }

        static HeapWatch start(MemoryMXBean memory) {
            HeapWatch watch = new HeapWatch(memory);
            watch.thread = new Thread(watch, "heap-watch");
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }

    /** Bytes made up as they are read: the client holds no 100 MB array either. */
    private static final class GeneratedBytes extends InputStream {

        private final long size;
        private long position;

        GeneratedBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 & 0xFF) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((position + i) * 31);
            }
            position += count;
            return count;
        }
    }
}
