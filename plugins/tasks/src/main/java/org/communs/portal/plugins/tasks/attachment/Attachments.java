package org.communs.portal.plugins.tasks.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.Blobs;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.task.HistoryRepository;
import org.communs.portal.plugins.tasks.task.TaskGate;

/**
 * Files attached to tasks: everyone who sees the task reads them; those who may change it attach
 * and remove them. The content goes to the portal's blob store first, then the row is written: a
 * failed upload leaves no attachment, and a blob no attachment holds any more is deleted.
 */
public final class Attachments {

    /** The largest file, 25 MB: a scanned document, a photo, a spreadsheet. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

    private final Database database;
    private final AttachmentRepository attachments;
    private final HistoryRepository history;
    private final TaskGate gate;
    private final Blobs blobs;
    private final Clock clock;

    public Attachments(Database database, AttachmentRepository attachments, HistoryRepository history, TaskGate gate, Blobs blobs,
                       Clock clock) {
        this.database = database;
        this.attachments = attachments;
        this.history = history;
        this.gate = gate;
        this.blobs = blobs;
        this.clock = clock;
    }

    /** @return the task's attachments, oldest first */
    public List<Attachment> of(Person person, long taskId) {
        gate.open(person, taskId);
        return attachments.ofTask(database, taskId);
    }

    /**
     * Attaches a file.
     *
     * @param name        the file's name, as the browser sent it
     * @param contentType its media type, or null
     * @param content     its bytes
     * @throws InvalidInputException no name, an empty file, or one larger than {@link #MAX_BYTES}
     */
    public Attachment attach(Person person, long taskId, String name, String contentType, InputStream content) {
        gate.openToWrite(person, taskId);
        String fileName = safeName(name);
        CountedInput counted = new CountedInput(content, MAX_BYTES);
        String sha256;
        try {
            // One byte more than the plugin's limit for the store: the count here says which limit was hit.
            sha256 = blobs.put(counted, MAX_BYTES + 1);
        } catch (IOException failed) {
            if (counted.exceeded()) {
                throw new InvalidInputException("file", "error.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            throw new UncheckedIOException(failed);
        }
        long size = counted.count();
        if (size == 0) {
            forgetIfUnused(sha256);
            throw new InvalidInputException("file", "error.attachment.empty");
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > 127
                ? "application/octet-stream" : contentType.strip().toLowerCase(Locale.ROOT);
        Instant now = now();
        long id = database.inTransaction(tx -> {
            long created = attachments.insert(tx, taskId, fileName, type, size, sha256, person.id(), now);
            history.add(tx, taskId, person.id(), now, "attachment.added", null, fileName);
            return created;
        });
        return attachments.find(database, id).orElseThrow();
    }

    /**
     * @return the attachment, to download
     * @throws NotFoundException when there is none, or the member may not see its task
     */
    public Attachment find(Person person, long attachmentId) {
        Attachment attachment = attachments.find(database, attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
        try {
            gate.open(person, attachment.taskId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("attachment");
        }
        return attachment;
    }

    /** @return the attachment's content; the caller closes it */
    public InputStream open(Person person, long attachmentId) throws IOException {
        return blobs.open(find(person, attachmentId).sha256());
    }

    /** Removes an attachment; its content goes when no other attachment holds the same bytes. */
    public void remove(Person person, long attachmentId) {
        Attachment attachment = find(person, attachmentId);
        gate.openToWrite(person, attachment.taskId());
        Instant now = now();
        database.inTransaction(tx -> {
            attachments.delete(tx, attachmentId);
            history.add(tx, attachment.taskId(), person.id(), now, "attachment.removed", attachment.name(), null);
            return null;
        });
        forgetIfUnused(attachment.sha256());
    }

    /** Deletes a blob no attachment holds (after its task, space or attachment went). */
    public void forgetIfUnused(String sha256) {
        if (!attachments.blobInUse(database, sha256)) {
            try {
                blobs.delete(sha256);
            } catch (IOException | RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not delete the blob " + sha256, failed);
            }
        }
    }


    /** @return the name a file is kept under, for a message; the name sent when it is not one */
    public static String displayName(String name) {
        try {
            return safeName(name);
        } catch (InvalidInputException noName) {
            return String.valueOf(name);
        }
    }

    /** The name without a path (some browsers send one) nor control characters, at most 255 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new InvalidInputException("file", "error.attachment.name");
        }
        return base.codePointCount(0, base.length()) > 255 ? base.substring(0, base.offsetByCodePoints(0, 255)) : base;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
