package org.communs.portal.document;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files behind shared documents, kept on disk and named by the SHA-256 of their content, so that the same file
 * uploaded to ten collectives is stored once and a name can never be guessed from a title.
 *
 * <p>An upload is streamed through a fixed-size buffer into a temporary file, hashed on the way, forced to disk and
 * only then moved into place in one atomic rename: whatever happens mid-way (a crash, a dropped connection, a file
 * over the limit), a blob is either whole under its name or absent, and memory use does not grow with the file.
 * The temporary files live next to the blobs ({@code incoming}) so that the rename never crosses file systems.
 *
 * <p>This class only knows bytes; which document refers to which blob, and when a blob may be purged, is the
 * metadata's business.
 */
public final class BlobStore {

    /** Package-private so the test can bound how far an oversized upload may be read. */
    static final int BUFFER_SIZE = 64 * 1024;

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final String PART_SUFFIX = ".part";

    /**
     * Serialises "is it there? then move it there" per digest: on Linux an atomic move silently replaces an
     * existing target, so without this two concurrent uploads of the same content would both report a creation.
     * Static so that two stores on the same directory in one JVM still agree; striped to bound the memory.
     */
    private static final Object[] LOCKS = new Object[256];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final Path blobs;
    private final Path incoming;

    /** The outcome of a put: created is false when identical content was already stored. */
    public record Stored(String sha256, long size, boolean created) {
    }

    /** An upload refused because it exceeds the limit given to {@link #put}; nothing of it is kept. */
    public static final class BlobTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long limit;

        public BlobTooLargeException(long limit) {
            super("Content exceeds " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private record Received(String sha256, long size) {
    }

    public BlobStore(Path root) {
        this.blobs = root.resolve("blobs");
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(incoming);
        } catch (IOException unusable) {
            // A store that cannot create its directories is a deployment error, not something a caller handles.
            throw new UncheckedIOException("Cannot prepare the blob store under " + root, unusable);
        }
    }

    /**
     * Stores the content, read to its end but never beyond maxBytes + 1 bytes; the caller closes the stream.
     *
     * @throws BlobTooLargeException if the content is longer than maxBytes
     */
    public Stored put(InputStream content, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        Path temp = incoming.resolve(UUID.randomUUID() + PART_SUFFIX);
        try {
            return settle(temp, receive(content, temp, maxBytes));
        } finally {
            // After a successful move there is nothing left to delete; after a failure this is the whole cleanup.
            discard(temp);
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    /** Removes the blob (for the purge); true if it was there. */
    public boolean delete(String sha256) throws IOException {
        Path target = path(sha256);
        synchronized (lockFor(sha256)) {
            return Files.deleteIfExists(target);
        }
    }

    /** Where the blob lives: two levels of fan-out so that no directory ends up with millions of entries. */
    public Path path(String sha256) {
        if (sha256 == null || !DIGEST.matcher(sha256).matches()) {
            // The digest becomes a path: anything else ("../..", an absolute path) must never reach the file system.
            throw new IllegalArgumentException("Not a lowercase SHA-256 hex digest: " + sha256);
        }
        return blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * The digests of all stored blobs, for the consistency check against the metadata. Files that are not where
     * their name says are skipped: {@link #open} could not reach them anyway. The caller closes the stream.
     */
    public Stream<String> digests() throws IOException {
        return Files.find(blobs, 3, (file, attributes) -> attributes.isRegularFile() && isBlob(file))
                .map(file -> file.getFileName().toString());
    }

    /**
     * Deletes the temporary files older than the given age, left by a crash or a killed upload, and returns how
     * many. An upload in progress keeps touching its file, so only a stalled one can be caught if the age is well
     * above the longest pause an upload may take.
     */
    public int cleanIncoming(Duration olderThan) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(olderThan));
        int deleted = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                if (isOlderThan(part, cutoff) && Files.deleteIfExists(part)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private Received receive(InputStream content, Path temp, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, CREATE_NEW, WRITE)) {
            int read;
            while ((read = content.read(buffer, 0, chunk(buffer, maxBytes - size))) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                sha256.update(buffer, 0, read);
                writeFully(out, buffer, read);
            }
            // On disk before the rename makes it visible: a crash must not leave a named blob with missing bytes.
            out.force(true);
        }
        return new Received(HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** Asks for one byte past the limit at most, which is enough to tell that the content is too long. */
    private static int chunk(byte[] buffer, long remaining) {
        // Compared before adding one: "no limit" (Long.MAX_VALUE) + 1 would overflow to a zero-length read, forever.
        return remaining >= buffer.length ? buffer.length : (int) remaining + 1;
    }

    private static void writeFully(FileChannel out, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private Stored settle(Path temp, Received received) throws IOException {
        Path target = path(received.sha256());
        synchronized (lockFor(received.sha256())) {
            if (Files.exists(target)) {
                return new Stored(received.sha256(), received.size(), false);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, ATOMIC_MOVE);
            } catch (FileAlreadyExistsException alreadyThere) {
                // Another process stored the same content in between (platforms whose rename does not replace).
                return new Stored(received.sha256(), received.size(), false);
            } catch (IOException failed) {
                if (Files.exists(target)) {
                    return new Stored(received.sha256(), received.size(), false);
                }
                throw failed;
            }
        }
        syncDirectory(target.getParent());
        return new Stored(received.sha256(), received.size(), true);
    }

    /**
     * Makes the rename itself durable, so that a blob the metadata already refers to survives a power cut.
     * Best effort: some platforms (Windows) cannot open a directory, and the file's bytes are already safe.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Nothing to do: at worst a crash loses the newest blob, which the consistency check reports.
        }
    }

    private boolean isBlob(Path file) {
        String name = file.getFileName().toString();
        return DIGEST.matcher(name).matches() && path(name).equals(file);
    }

    private static boolean isOlderThan(Path part, FileTime cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(part).compareTo(cutoff) < 0;
        } catch (NoSuchFileException justMoved) {
            // An upload finished between the listing and this look: its file is a blob now.
            return false;
        }
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Must not hide the exception that brought us here; cleanIncoming removes what is left.
        }
    }

    private static Object lockFor(String sha256) {
        return LOCKS[HexFormat.fromHexDigits(sha256, 0, 2)];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
