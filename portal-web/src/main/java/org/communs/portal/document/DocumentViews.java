package org.communs.portal.document;

import java.time.Instant;
import java.util.List;

/** What the documents pages and servlets are given: records, never entities. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A folder in a listing or a path. */
    public record Folder(long id, String name) implements java.io.Serializable {
    }

    /** A file with its current version. */
    public record File(long id, String name, String description, int version, long sizeBytes, String contentType,
                       Instant updatedAt, String updatedBy, List<String> tags) implements java.io.Serializable {

        public String size(java.util.Locale locale) {
            return org.communs.portal.ui.Sizes.format(sizeBytes, locale);
        }

        /** Whether the file has a preview thumbnail (pictures and PDFs). */
        public boolean isPreviewable() {
            return Thumbnails.drawable(contentType);
        }

        File withTags(List<String> tags) {
            return new File(id, name, description, version, sizeBytes, contentType, updatedAt, updatedBy, List.copyOf(tags));
        }
    }

    /**
     * A file's page: the file, where it is, and whether the reader may change it.
     *
     * @param path the folders from the root of its space down to its own
     */
    public record FileDetails(File file, Space space, Long folderId, List<Folder> path, boolean writable)
            implements java.io.Serializable {
    }

    /**
     * A folder a file or folder can be moved to, named by its whole path ("Bureau / 2026").
     *
     * @param key the folder's id, or "" for the root of the space (a form's value)
     */
    public record Destination(String key, String path) implements java.io.Serializable {
    }

    /** One version of a file. */
    public record Version(int number, long sizeBytes, String contentType, String uploadedBy, Instant uploadedAt,
                          boolean current) implements java.io.Serializable {

        public String size(java.util.Locale locale) {
            return org.communs.portal.ui.Sizes.format(sizeBytes, locale);
        }
    }

    /**
     * One folder of a space as a reader sees it.
     *
     * @param path the folders from the root down to this one (empty at the root)
     */
    public record Listing(Space space, Long folderId, List<Folder> path, List<Folder> folders, List<File> files,
                          boolean writable) implements java.io.Serializable {
    }

    /** Something in a space's trash. */
    public record Trashed(Documents.Item item, long id, String name, Instant deletedAt) implements java.io.Serializable {
    }

    /**
     * The outcome of the consistency check.
     *
     * @param orphanBlobs   stored files no version refers to
     * @param missingBlobs  files versions refer to but the store does not have
     */
    public record Consistency(List<String> orphanBlobs, List<String> missingBlobs) {
    }

    /** What a download needs: the blob to stream and the headers to send. */
    public record Download(String name, String contentType, long sizeBytes, String sha256) {
    }
}
