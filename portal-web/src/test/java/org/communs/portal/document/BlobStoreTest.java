package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    private static final long MEBIBYTE = 1024 * 1024;

    @TempDir
    Path root;

    private BlobStore store;

    @BeforeEach
    void createStore() {
        store = new BlobStore(root);
    }

    @Test
    void putThenOpenGivesTheSameBytesUnderTheirSha256() throws Exception {
        byte[] content = "Compte rendu de l'assemblée générale".getBytes(StandardCharsets.UTF_8);

        BlobStore.Stored stored = store.put(new ByteArrayInputStream(content), MEBIBYTE);

        assertEquals(sha256(content), stored.sha256());
        assertEquals(content.length, stored.size());
        assertTrue(stored.created());
        assertEquals(content.length, store.size(stored.sha256()));
        try (InputStream in = store.open(stored.sha256())) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void blobsAreFannedOutByTheirFirstTwoBytes() throws Exception {
        BlobStore.Stored stored = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), MEBIBYTE);
        String digest = stored.sha256();

        Path expected = root.resolve("blobs").resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4))
                .resolve(digest);
        assertEquals(expected, store.path(digest));
        assertTrue(Files.isRegularFile(expected));
    }

    @Test
    void emptyContentIsAValidBlob() throws Exception {
        BlobStore.Stored stored = store.put(InputStream.nullInputStream(), 0);

        assertEquals(sha256(new byte[0]), stored.sha256());
        assertEquals(0, stored.size());
        assertTrue(store.exists(stored.sha256()));
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        byte[] content = "statuts.pdf".getBytes(StandardCharsets.UTF_8);

        BlobStore.Stored first = store.put(new ByteArrayInputStream(content), MEBIBYTE);
        BlobStore.Stored second = store.put(new ByteArrayInputStream(content), MEBIBYTE);

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(first.size(), second.size());
        assertEquals(1, filesUnder("blobs"));
        assertEquals(0, filesUnder("incoming"));
    }

    @Test
    void contentAtExactlyTheLimitIsAccepted() throws Exception {
        BlobStore.Stored stored = store.put(new ByteArrayInputStream(new byte[1000]), 1000);

        assertEquals(1000, stored.size());
    }

    @Test
    void noLimitMeansNoLimit() throws Exception {
        BlobStore.Stored stored = store.put(new ByteArrayInputStream(new byte[200_000]), Long.MAX_VALUE);

        assertEquals(200_000, stored.size());
    }

    @Test
    void contentOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        long limit = MEBIBYTE;
        GeneratedStream hundredMegabytes = new GeneratedStream(100 * MEBIBYTE);

        BlobStore.BlobTooLargeException refused = assertThrows(BlobStore.BlobTooLargeException.class,
                () -> store.put(hundredMegabytes, limit));

        assertEquals(limit, refused.limit());
        assertTrue(hundredMegabytes.delivered() <= limit + BlobStore.BUFFER_SIZE,
                "read " + hundredMegabytes.delivered() + " bytes for a limit of " + limit);
        assertEquals(0, filesUnder("blobs"));
        assertEquals(0, filesUnder("incoming"));
    }

    @Test
    void aStreamFailingHalfWayLeavesNoTrace() throws Exception {
        IOException reset = new IOException("Connection reset");
        InputStream failing = new GeneratedStream(10 * MEBIBYTE) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (delivered() >= 5 * MEBIBYTE) {
                    throw reset;
                }
                return super.read(buffer, offset, length);
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> store.put(failing, 100 * MEBIBYTE));

        assertSame(reset, thrown);
        assertEquals(0, filesUnder("blobs"));
        assertEquals(0, filesUnder("incoming"));
    }

    @Test
    void largeContentIsStreamed() throws Exception {
        long size = 64 * MEBIBYTE;

        BlobStore.Stored stored = store.put(new GeneratedStream(size), size);

        assertTrue(stored.created());
        assertEquals(size, stored.size());
        assertEquals(size, store.size(stored.sha256()));
        assertEquals(0, filesUnder("incoming"));
    }

    @Test
    void invalidDigestsNeverReachTheFileSystem() {
        String valid = sha256(new byte[0]);
        List<String> invalid = List.of("../../etc/passwd", "ABC", valid.substring(1),
                valid.toUpperCase(Locale.ROOT), valid + "0", "");

        for (String digest : invalid) {
            assertThrows(IllegalArgumentException.class, () -> store.open(digest), digest);
            assertThrows(IllegalArgumentException.class, () -> store.exists(digest), digest);
            assertThrows(IllegalArgumentException.class, () -> store.delete(digest), digest);
            assertThrows(IllegalArgumentException.class, () -> store.size(digest), digest);
        }
        assertThrows(IllegalArgumentException.class, () -> store.exists(null));
    }

    @Test
    void openingAMissingBlobFails() {
        String missing = sha256(new byte[] {42});

        assertFalse(store.exists(missing));
        assertThrows(NoSuchFileException.class, () -> store.open(missing));
        assertThrows(NoSuchFileException.class, () -> store.size(missing));
    }

    @Test
    void digestsListWhatWasPutAndDeleteRemoves() throws Exception {
        Set<String> put = Set.of(putText("one"), putText("two"), putText("three"));
        assertEquals(put, allDigests());

        String removed = put.iterator().next();
        assertTrue(store.delete(removed));
        assertFalse(store.exists(removed));
        assertFalse(store.delete(removed));
        assertEquals(put.stream().filter(digest -> !digest.equals(removed)).collect(Collectors.toSet()),
                allDigests());
    }

    @Test
    void strayFilesAreNotListedAsBlobs() throws Exception {
        String digest = putText("kept");
        Files.writeString(root.resolve("blobs").resolve("notes.txt"), "not a blob");
        Files.writeString(root.resolve("blobs").resolve(sha256(new byte[] {7})), "not where its name says");

        assertEquals(Set.of(digest), allDigests());
    }

    @Test
    void cleanIncomingRemovesOnlyOldPartFiles() throws Exception {
        Path incoming = root.resolve("incoming");
        Path old = Files.write(incoming.resolve("crashed.part"), new byte[10]);
        Path fresh = Files.write(incoming.resolve("uploading.part"), new byte[10]);
        Path other = Files.write(incoming.resolve("readme.txt"), new byte[10]);
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(old, twoDaysAgo);
        Files.setLastModifiedTime(other, twoDaysAgo);

        assertEquals(1, store.cleanIncoming(Duration.ofDays(1)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    @Test
    void concurrentPutsOfTheSameContentStoreOneBlob() throws Exception {
        byte[] content = new byte[3 * BlobStore.BUFFER_SIZE + 17];
        content[100] = 1;
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<BlobStore.Stored>> puts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            puts.add(() -> {
                start.await();
                return store.put(new ByteArrayInputStream(content), MEBIBYTE);
            });
        }

        List<BlobStore.Stored> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BlobStore.Stored>> futures = new ArrayList<>();
            for (Callable<BlobStore.Stored> put : puts) {
                futures.add(pool.submit(put));
            }
            start.countDown();
            for (Future<BlobStore.Stored> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(Set.of(sha256(content)), results.stream().map(BlobStore.Stored::sha256)
                .collect(Collectors.toSet()));
        assertEquals(1, results.stream().filter(BlobStore.Stored::created).count());
        assertEquals(1, filesUnder("blobs"));
        assertEquals(0, filesUnder("incoming"));
    }

    private String putText(String text) throws IOException {
        return store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), MEBIBYTE).sha256();
    }

    private Set<String> allDigests() throws IOException {
        try (Stream<String> digests = store.digests()) {
            return digests.collect(Collectors.toSet());
        }
    }

    private long filesUnder(String directory) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(directory))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Produces its bytes on the fly, so a test can feed megabytes without holding them, and counts what it gave. */
    private static class GeneratedStream extends InputStream {

        private final long length;
        private long delivered;

        GeneratedStream(long length) {
            this.length = length;
        }

        long delivered() {
            return delivered;
        }

        @Override
        public int read() {
            if (delivered >= length) {
                return -1;
            }
            return (int) (delivered++ % 251);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (delivered >= this.length) {
                return -1;
            }
            int count = (int) Math.min(length, this.length - delivered);
            for (int i = 0; i < count; i++) {
                // 251 is prime, so the pattern does not line up with buffer sizes and blocks differ.
                buffer[offset + i] = (byte) ((delivered + i) % 251);
            }
            delivered += count;
            return count;
        }
    }
}
