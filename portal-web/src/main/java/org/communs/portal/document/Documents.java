package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.Utc;
import org.communs.portal.document.DocumentViews.Download;
import org.communs.portal.document.DocumentViews.Folder;
import org.communs.portal.document.DocumentViews.Listing;
import org.communs.portal.document.DocumentViews.Version;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.RequestActor;

/**
 * Files and versions of the document spaces: listings, uploads, versions, downloads, descriptions
 * and tags (folders are {@link DocumentFolders}'s, the trash {@link DocumentTrash}'s). Every method checks the caller with
 * {@link DocumentAccess}; what a reader may not see answers "not found", so that a hidden file
 * cannot be told from a missing one. Contents go through {@link DocumentStorage}'s blob store,
 * streamed, never held in memory.
 */
@ApplicationScoped
@Transactional
public class Documents {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    DocumentAccess access;

    @Inject
    DocumentStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    org.communs.portal.security.Authorization authorization;

    @Inject
    RequestActor requestActor;

    @Inject
    jakarta.enterprise.event.Event<DocumentChanged> changes;

    @Inject
    DocumentRows rows;

    /** A folder of a space (null: its root) as the reader sees it. */
    public Listing listing(MemberSummary reader, Space space, Long folderId) {
        if (folderId != null) {
            rows.requireFolderIn(space, folderId);
        }
        if (!access.mayRead(reader, space, folderId)) {
            throw DocumentRows.notFound();
        }
        List<Folder> folders = entityManager.createNativeQuery("select id, name from doc_folder where space_kind = ?"
                        + " and space_ref = ? and parent_id <=> ? and deleted_at is null order by name")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, folderId).getResultList().stream()
                .map(row -> DocumentRows.folder((Object[]) row)).toList();
        List<DocumentViews.File> files = entityManager.createNativeQuery("select f.id, f.name, f.description, f.current_version,"
                        + " v.size_bytes, v.content_type, v.uploaded_at, m.display_name from doc_file f"
                        + " join doc_version v on v.file_id = f.id and v.number = f.current_version"
                        + " join member m on m.id = v.uploaded_by where f.space_kind = ? and f.space_ref = ? and f.folder_id <=> ?"
                        + " and f.deleted_at is null order by f.name")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, folderId).getResultList().stream()
                .map(row -> DocumentRows.file((Object[]) row)).toList();
        return new Listing(space, folderId, rows.path(folderId), folders, rows.withTags(files), access.mayWrite(reader, space));
    }

    /**
     * Stores an uploaded file in a folder of the space: a new file, or a new version of the file of
     * that name in that folder. The content is streamed into the blob store (identical content is
     * kept once); its type is judged from its first bytes.
     */
    public DocumentViews.File upload(MemberSummary actor, Space space, Long folderId, String submittedName, InputStream content) {
        rows.requireWriter(actor, space, folderId);
        String name = FileNames.clean(submittedName, MAX_NAME);
        BlobStore.Stored stored;
        String type;
        try {
            BufferedInputStream buffered = new BufferedInputStream(content, ContentTypes.HEAD);
            buffered.mark(ContentTypes.HEAD);
            type = ContentTypes.detect(buffered.readNBytes(ContentTypes.HEAD), name);
            buffered.reset();
            stored = storage.blobs().put(buffered, storage.maxBytes());
        } catch (BlobStore.BlobTooLargeException tooLarge) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.tooLarge", storage.maxBytes() / (1024 * 1024));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        long used = ((Number) entityManager.createNativeQuery("select coalesce(sum(v.size_bytes), 0) from doc_version v"
                        + " join doc_file f on f.id = v.file_id where f.space_kind = ? and f.space_ref = ?")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).getSingleResult()).longValue();
        if (used + stored.size() > storage.quotaBytes()) {
            rows.forgetIfUnused(stored);
            throw new PortalException(Reason.INVALID_INPUT, "files.error.quota", storage.quotaBytes() / (1024 * 1024));
        }
        List<?> existing = entityManager.createNativeQuery("select id, current_version from doc_file where space_kind = ?"
                        + " and space_ref = ? and folder_id <=> ? and name = ? and deleted_at is null for update")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, folderId).setParameter(4, name)
                .getResultList();
        long fileId;
        int number;
        if (existing.isEmpty()) {
            entityManager.createNativeQuery("insert into doc_file (space_kind, space_ref, folder_id, name, current_version,"
                            + " created_by, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?, ?)")
                    .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, folderId)
                    .setParameter(4, name).setParameter(5, actor.id()).setParameter(6, Utc.now()).setParameter(7, Utc.now())
                    .executeUpdate();
            fileId = ((Number) entityManager.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            number = 1;
        } else {
            Object[] row = (Object[]) existing.getFirst();
            fileId = ((Number) row[0]).longValue();
            number = ((Number) row[1]).intValue() + 1;
        }
        addVersion(actor, fileId, number, stored.sha256(), stored.size(), type);
        changes.fire(new DocumentChanged(fileId));
        audit.record(requestActor.current(), AuditEvent.on("document.uploaded", "document", fileId,
                Map.of("space", space.key(), "name", name, "version", String.valueOf(number))));
        return rows.fileEntry(fileId);
    }

    /** The versions of a file, newest first. */
    public List<Version> versions(MemberSummary reader, long fileId) {
        rows.readable(reader, fileId);
        int current = ((Number) entityManager.createNativeQuery("select current_version from doc_file where id = ?")
                .setParameter(1, fileId).getSingleResult()).intValue();
        List<Version> versions = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("select v.number, v.size_bytes, v.content_type, m.display_name,"
                        + " v.uploaded_at from doc_version v join member m on m.id = v.uploaded_by where v.file_id = ?"
                        + " order by v.number desc").setParameter(1, fileId).getResultList()) {
            Object[] c = (Object[]) row;
            int number = ((Number) c[0]).intValue();
            versions.add(new Version(number, ((Number) c[1]).longValue(), c[2].toString(), c[3].toString(),
                    Utc.instant(c[4]), number == current));
        }
        return versions;
    }

    /** Makes an older version current again, as a new version (history is never rewritten). */
    public DocumentViews.File restore(MemberSummary actor, long fileId, int number) {
        DocumentRows.FileRow file = rows.readable(actor, fileId);
        rows.requireWriter(actor, file.space(), file.folderId());
        List<?> old = entityManager.createNativeQuery("select blob_sha256, size_bytes, content_type from doc_version"
                        + " where file_id = ? and number = ?").setParameter(1, fileId).setParameter(2, number).getResultList();
        if (old.isEmpty()) {
            throw DocumentRows.notFound();
        }
        Object[] version = (Object[]) old.getFirst();
        int next = ((Number) entityManager.createNativeQuery("select current_version from doc_file where id = ? for update")
                .setParameter(1, fileId).getSingleResult()).intValue() + 1;
        addVersion(actor, fileId, next, version[0].toString(), ((Number) version[1]).longValue(), version[2].toString());
        changes.fire(new DocumentChanged(fileId));
        audit.record(requestActor.current(), AuditEvent.on("document.restored", "document", fileId,
                Map.of("version", String.valueOf(number), "as", String.valueOf(next))));
        return rows.fileEntry(fileId);
    }

    /** Whether a file of that id exists (in no trash), whoever asks: a direct link answers 403 rather than 404. */
    public boolean exists(long fileId) {
        return !entityManager.createNativeQuery("select id from doc_file where id = ? and deleted_at is null")
                .setParameter(1, fileId).getResultList().isEmpty();
    }

    /** Whether the reader may read the file (the search page checks its hits again with it). */
    public boolean mayRead(MemberSummary reader, long fileId) {
        try {
            rows.readable(reader, fileId);
            return true;
        } catch (PortalException hidden) {
            return false;
        }
    }

    /** What to stream for a file (its current version, or the one asked), for readers only. */
    public Download download(MemberSummary reader, long fileId, Integer number) {
        DocumentRows.FileRow file = rows.readable(reader, fileId);
        int wanted = number == null ? file.currentVersion() : number;
        List<?> rows = entityManager.createNativeQuery("select blob_sha256, size_bytes, content_type from doc_version"
                + " where file_id = ? and number = ?").setParameter(1, fileId).setParameter(2, wanted).getResultList();
        if (rows.isEmpty()) {
            throw DocumentRows.notFound();
        }
        Object[] v = (Object[]) rows.getFirst();
        return new Download(file.name(), v[2].toString(), ((Number) v[1]).longValue(), v[0].toString());
    }

    /** Opens the blob of a download (the servlet streams it and closes it). */
    public InputStream open(Download download) {
        try {
            return storage.blobs().open(download.sha256());
        } catch (IOException missing) {
            throw new PortalException(Reason.UNAVAILABLE, "files.error.missingContent");
        }
    }

    /** A file's page for a reader: the file with its tags, its place, and whether the reader may change it. */
    public DocumentViews.FileDetails details(MemberSummary reader, long fileId) {
        DocumentRows.FileRow file = rows.readable(reader, fileId);
        Space space = file.space();
        Long folderId = file.folderId();
        return new DocumentViews.FileDetails(rows.fileEntry(fileId), space, folderId, rows.path(folderId), access.mayWrite(reader, space));
    }

    /**
     * Sets a file's description (plain text, shown escaped) and tags (at most {@value #MAX_TAGS}, each
     * up to {@value #MAX_TAG} characters; duplicates whatever their case are kept once). Writers only.
     */
    public DocumentViews.File describe(MemberSummary actor, long fileId, String description, List<String> tags) {
        DocumentRows.FileRow file = rows.readable(actor, fileId);
        rows.requireWriter(actor, file.space(), file.folderId());
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.description", MAX_DESCRIPTION);
        }
        List<String> clean = cleanTags(tags);
        entityManager.createNativeQuery("update doc_file set description = ?, updated_at = ? where id = ?")
                .setParameter(1, text).setParameter(2, Utc.now()).setParameter(3, fileId).executeUpdate();
        entityManager.createNativeQuery("delete from doc_tag where file_id = ?").setParameter(1, fileId).executeUpdate();
        for (String tag : clean) {
            // "ignore": the column's collation may find two tags equal that the cleaning kept apart (ß, ss).
            entityManager.createNativeQuery("insert ignore into doc_tag (file_id, tag) values (?, ?)")
                    .setParameter(1, fileId).setParameter(2, tag).executeUpdate();
        }
        changes.fire(new DocumentChanged(fileId));
        return rows.fileEntry(fileId);
    }

    private static List<String> cleanTags(List<String> tags) {
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_TAG || clean.chars().anyMatch(Character::isISOControl)) {
                throw new PortalException(Reason.INVALID_INPUT, "files.error.tag", MAX_TAG);
            }
            // The column's collation treats "Budget" and "budget", "Été" and "ete" as one tag.
            kept.putIfAbsent(java.text.Normalizer.normalize(clean, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT), clean);
        }
        if (kept.size() > MAX_TAGS) {
            throw new PortalException(Reason.INVALID_INPUT, "files.error.tags", MAX_TAGS);
        }
        return List.copyOf(kept.values());
    }

    /** What can go to the trash. */
    public enum Item { FILE, FOLDER }

    private void addVersion(MemberSummary actor, long fileId, int number, String sha256, long size, String type) {
        entityManager.createNativeQuery("insert into doc_version (file_id, number, blob_sha256, size_bytes, content_type,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, fileId).setParameter(2, number).setParameter(3, sha256).setParameter(4, size)
                .setParameter(5, type).setParameter(6, actor.id()).setParameter(7, Utc.now()).executeUpdate();
        entityManager.createNativeQuery("update doc_file set current_version = ?, updated_at = ? where id = ?")
                .setParameter(1, number).setParameter(2, Utc.now()).setParameter(3, fileId).executeUpdate();
    }
}
