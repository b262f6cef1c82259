package org.communs.portal.plugins.tasks.attachment;

import java.time.Instant;

/**
 * A file attached to a task.
 *
 * @param id          its id
 * @param taskId      its task
 * @param name        its file name, as uploaded (made safe)
 * @param contentType its media type, as the uploader's browser said
 * @param sizeBytes   its size
 * @param sha256      its content's blob
 * @param uploadedBy  who attached it, or null once anonymised
 * @param uploadedAt  when
 */
public record Attachment(long id, long taskId, String name, String contentType, long sizeBytes, String sha256, Long uploadedBy,
                         Instant uploadedAt) {
}
