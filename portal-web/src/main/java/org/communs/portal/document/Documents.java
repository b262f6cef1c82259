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
 * Folders, files and versions of the document spaces. Every method checks the caller with
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
    Thumbnails thumbnails;

    /** A folder of a space (null: its root) as the reader sees it. */
    public Listing listing(MemberSummary reader, Space space, Long folderId) {
        if (folderId != null) {
            requireFolderIn(space, folderId);
        }
        if (!access.mayRead(reader, space, folderId)) {
            throw notFound();
        }
        List<Folder> folders = entityManager.createNativeQuery("select id, name from doc_folder where space_kind = ?"
                        + " and space_ref = ? and " + (folderId == null ? "parent_id is null" : "parent_id = " + folderId)
                        + " and deleted_at is null order by name")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).getResultList().stream()
                .map(row -> folder((Object[]) row)).toList();
        List<DocumentViews.File> files = entityManager.createNativeQuery("select f.id, f.name, f.description, f.current_version,"
                        + " v.size_bytes, v.content_type, v.uploaded_at, m.display_name from doc_file f"
                        + " join doc_version v on v.file_id = f.id and v.number = f.current_version"
                        + " join member m on m.id = v.uploaded_by where f.space_kind = ? and f.space_ref = ? and "
                        + (folderId == null ? "f.folder_id is null" : "f.folder_id = " + folderId)
                        + " and f.deleted_at is null order by f.name")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).getResultList().stream()
                .map(row -> file((Object[]) row)).toList();
        return new Listing(space, folderId, path(folderId), folders, withTags(files), access.mayWrite(reader, space));
    }

    public Folder createFolder(MemberSummary actor, Space space, Long parentId, String name) {
        requireWriter(actor, space, parentId);
        String clean = FileNames.clean(name, MAX_NAME);
        entityManager.createNativeQuery("insert into doc_folder (space_kind, space_ref, parent_id, name, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, parentId)
                .setParameter(4, clean).setParameter(5, actor.id()).setParameter(6, Utc.now()).executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return new Folder(id, clean);
    }

    /**
     * Stores an uploaded file in a folder of the space: a new file, or a new version of the file of
     * that name in that folder. The content is streamed into the blob store (identical content is
     * kept once); its type is judged from its first bytes.
     */
    public DocumentViews.File upload(MemberSummary actor, Space space, Long folderId, String submittedName, InputStream content) {
        requireWriter(actor, space, folderId);
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
            forgetIfUnused(stored);
            throw new PortalException(Reason.INVALID_INPUT, "files.error.quota", storage.quotaBytes() / (1024 * 1024));
        }
        List<?> existing = entityManager.createNativeQuery("select id, current_version from doc_file where space_kind = ?"
                        + " and space_ref = ? and " + (folderId == null ? "folder_id is null" : "folder_id = " + folderId)
                        + " and name = ? and deleted_at is null for update")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, name).getResultList();
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
        return fileEntry(fileId);
    }

    /** The versions of a file, newest first. */
    public List<Version> versions(MemberSummary reader, long fileId) {
        readable(reader, fileId);
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
        Object[] file = readable(actor, fileId);
        requireWriter(actor, spaceOf(file), folderOf(file));
        List<?> old = entityManager.createNativeQuery("select blob_sha256, size_bytes, content_type from doc_version"
                        + " where file_id = ? and number = ?").setParameter(1, fileId).setParameter(2, number).getResultList();
        if (old.isEmpty()) {
            throw notFound();
        }
        Object[] version = (Object[]) old.getFirst();
        int next = ((Number) entityManager.createNativeQuery("select current_version from doc_file where id = ? for update")
                .setParameter(1, fileId).getSingleResult()).intValue() + 1;
        addVersion(actor, fileId, next, version[0].toString(), ((Number) version[1]).longValue(), version[2].toString());
        changes.fire(new DocumentChanged(fileId));
        audit.record(requestActor.current(), AuditEvent.on("document.restored", "document", fileId,
                Map.of("version", String.valueOf(number), "as", String.valueOf(next))));
        return fileEntry(fileId);
    }

    /** Whether a file of that id exists (in no trash), whoever asks: a direct link answers 403 rather than 404. */
    public boolean exists(long fileId) {
        return !entityManager.createNativeQuery("select id from doc_file where id = ? and deleted_at is null")
                .setParameter(1, fileId).getResultList().isEmpty();
    }

    /** Whether the reader may read the file (the search page checks its hits again with it). */
    public boolean mayRead(MemberSummary reader, long fileId) {
        try {
            readable(reader, fileId);
            return true;
        } catch (PortalException hidden) {
            return false;
        }
    }

    /** What to stream for a file (its current version, or the one asked), for readers only. */
    public Download download(MemberSummary reader, long fileId, Integer number) {
        Object[] file = readable(reader, fileId);
        int wanted = number == null ? ((Number) file[4]).intValue() : number;
        List<?> rows = entityManager.createNativeQuery("select blob_sha256, size_bytes, content_type from doc_version"
                + " where file_id = ? and number = ?").setParameter(1, fileId).setParameter(2, wanted).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        Object[] v = (Object[]) rows.getFirst();
        return new Download(file[3].toString(), v[2].toString(), ((Number) v[1]).longValue(), v[0].toString());
    }

    /** Opens the blob of a download (the servlet streams it and closes it). */
    public InputStream open(Download download) {
        try {
            return storage.blobs().open(download.sha256());
        } catch (IOException missing) {
            throw new PortalException(Reason.UNAVAILABLE, "files.error.missingContent");
        }
    }

    /**
     * Lets a member read a folder of a space the actor writes: a named member for a personal
     * folder, a guest for a collective's folder.
     */
    public void share(MemberSummary actor, long folderId, long memberId) {
        Object[] folder = folderRow(folderId);
        Space space = new Space(SpaceKind.valueOf(folder[1].toString()), ((Number) folder[2]).longValue());
        requireWriter(actor, space, folderId);
        entityManager.createNativeQuery("insert ignore into doc_share (folder_id, member_id, created_at) values (?, ?, ?)")
                .setParameter(1, folderId).setParameter(2, memberId).setParameter(3, Utc.now()).executeUpdate();
        // The files below now have one more reader in the search too.
        String tree = String.join(",", entityManager.createNativeQuery("with recursive tree (id) as (select id from doc_folder"
                        + " where id = ? union all select f.id from doc_folder f join tree on f.parent_id = tree.id) select id from tree")
                .setParameter(1, folderId).getResultList().stream().map(Object::toString).toList());
        filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
        audit.record(requestActor.current(), AuditEvent.on("document.shared", "folder", folderId,
                Map.of("space", space.key(), "memberId", String.valueOf(memberId))));
    }

    /** Puts a file, or a folder with everything in it, in the trash (restorable for 30 days). */
    public void trash(MemberSummary actor, Item item, long id) {
        Space space = spaceOfItem(item, id);
        requireWriter(actor, space, null);
        if (item == Item.FILE) {
            entityManager.createNativeQuery("update doc_file set deleted_at = ? where id = ? and deleted_at is null")
                    .setParameter(1, Utc.now()).setParameter(2, id).executeUpdate();
            changes.fire(new DocumentChanged(id));
        } else {
            // The folder and all it holds share one time: restoring the folder brings back exactly those.
            java.time.LocalDateTime now = Utc.now();
            // MariaDB has no WITH … UPDATE: the tree's ids first (numbers from the database), then the updates.
            String tree = String.join(",", entityManager.createNativeQuery("with recursive tree (id) as (select id from doc_folder"
                            + " where id = ? and deleted_at is null union all select f.id from doc_folder f"
                            + " join tree on f.parent_id = tree.id where f.deleted_at is null) select id from tree")
                    .setParameter(1, id).getResultList().stream().map(Object::toString).toList());
            if (tree.isEmpty()) {
                return;
            }
            filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
            entityManager.createNativeQuery("update doc_file set deleted_at = ? where deleted_at is null and folder_id in (" + tree + ")")
                    .setParameter(1, now).executeUpdate();
            entityManager.createNativeQuery("update doc_folder set deleted_at = ? where id in (" + tree + ")")
                    .setParameter(1, now).executeUpdate();
        }
        audit.record(requestActor.current(), AuditEvent.on("document.trashed", item.name().toLowerCase(), id,
                Map.of("space", space.key())));
    }

    /** Brings a file or folder back from the trash; if its folder is still in the trash it comes back at the root. */
    public void restoreFromTrash(MemberSummary actor, Item item, long id) {
        Space space = spaceOfItem(item, id);
        requireWriter(actor, space, null);
        String table = item == Item.FILE ? "doc_file" : "doc_folder";
        String parent = item == Item.FILE ? "folder_id" : "parent_id";
        Object deletedAt = entityManager.createNativeQuery("select deleted_at from " + table + " where id = ?")
                .setParameter(1, id).getSingleResult();
        if (deletedAt == null) {
            return;
        }
        entityManager.createNativeQuery("update " + table + " t set t." + parent + " = null where t.id = ? and t." + parent
                        + " in (select id from doc_folder where deleted_at is not null)")
                .setParameter(1, id).executeUpdate();
        if (item == Item.FILE) {
            entityManager.createNativeQuery("update doc_file set deleted_at = null where id = ?").setParameter(1, id).executeUpdate();
            changes.fire(new DocumentChanged(id));
        } else {
            entityManager.createNativeQuery("select id from doc_file where deleted_at = ? and space_kind = ? and space_ref = ?")
                    .setParameter(1, deletedAt).setParameter(2, space.kind().name()).setParameter(3, space.ref())
                    .getResultList().forEach(file -> changes.fire(new DocumentChanged(((Number) file).longValue())));
            entityManager.createNativeQuery("update doc_folder set deleted_at = null where deleted_at = ? and space_kind = ?"
                            + " and space_ref = ?")
                    .setParameter(1, deletedAt).setParameter(2, space.kind().name()).setParameter(3, space.ref()).executeUpdate();
            entityManager.createNativeQuery("update doc_file set deleted_at = null where deleted_at = ? and space_kind = ?"
                            + " and space_ref = ?")
                    .setParameter(1, deletedAt).setParameter(2, space.kind().name()).setParameter(3, space.ref()).executeUpdate();
        }
        audit.record(requestActor.current(), AuditEvent.on("document.restoredFromTrash", item.name().toLowerCase(), id,
                Map.of("space", space.key())));
    }

    /** What a space's trash holds: files and the folders that were deleted themselves, newest first. */
    public List<DocumentViews.Trashed> trashOf(MemberSummary actor, Space space) {
        requireWriter(actor, space, null);
        List<DocumentViews.Trashed> trashed = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("select 'FILE', f.id, f.name, f.deleted_at from doc_file f"
                        + " where f.space_kind = ?1 and f.space_ref = ?2 and f.deleted_at is not null and (f.folder_id is null"
                        + " or not exists (select 1 from doc_folder p where p.id = f.folder_id and p.deleted_at = f.deleted_at))"
                        + " union all select 'FOLDER', d.id, d.name, d.deleted_at from doc_folder d"
                        + " where d.space_kind = ?1 and d.space_ref = ?2 and d.deleted_at is not null and (d.parent_id is null"
                        + " or not exists (select 1 from doc_folder p where p.id = d.parent_id and p.deleted_at = d.deleted_at))"
                        + " order by 4 desc")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).getResultList()) {
            Object[] c = (Object[]) row;
            trashed.add(new DocumentViews.Trashed(Item.valueOf(c[0].toString()), ((Number) c[1]).longValue(), c[2].toString(),
                    Utc.instant(c[3])));
        }
        return trashed;
    }

    /**
     * Deletes for good what has been in the trash longer than the retention. The blobs of the
     * deleted versions are returned, to be passed to {@link #forgetUnused} once this transaction
     * has committed: a blob deleted before the commit would be lost if the commit failed.
     */
    public List<String> purgeTrash(java.time.Duration retention) {
        java.time.LocalDateTime before = Utc.at(java.time.Instant.now().minus(retention));
        List<String> blobs = entityManager.createNativeQuery("select distinct v.blob_sha256 from doc_version v join doc_file f"
                + " on f.id = v.file_id where f.deleted_at < ?").setParameter(1, before).getResultList().stream()
                .map(Object::toString).toList();
        entityManager.createNativeQuery("delete from doc_file where deleted_at < ?").setParameter(1, before).executeUpdate();
        // Deepest folders first: a folder goes once nothing is left in it.
        int removed;
        do {
            removed = entityManager.createNativeQuery("delete d from doc_folder d where d.deleted_at < ?"
                            + " and not exists (select 1 from (select parent_id from doc_folder where parent_id is not null) c"
                            + " where c.parent_id = d.id) and not exists (select 1 from doc_file f where f.folder_id = d.id)")
                    .setParameter(1, before).executeUpdate();
        } while (removed > 0);
        return blobs;
    }

    /**
     * The consistency check (admins): blobs on disk that no version refers to (left by a failed
     * upload or a purge that could not delete them), and versions whose blob is missing (a lost
     * file: restore it from a backup). Audited.
     */
    public DocumentViews.Consistency checkConsistency(MemberSummary admin) {
        authorization.require(admin, org.communs.portal.security.Action.CHECK_DOCUMENT_STORE, null);
        java.util.Set<String> referenced = new java.util.HashSet<>(entityManager.createNativeQuery(
                "select distinct blob_sha256 from doc_version").getResultList().stream().map(Object::toString).toList());
        List<String> orphans;
        try (java.util.stream.Stream<String> onDisk = storage.blobs().digests()) {
            orphans = onDisk.filter(sha -> !referenced.contains(sha)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = referenced.stream().filter(sha -> !storage.blobs().exists(sha)).sorted().toList();
        audit.record(requestActor.current(), AuditEvent.on("document.consistencyChecked", null, null,
                Map.of("orphans", String.valueOf(orphans.size()), "missing", String.valueOf(missing.size()))));
        return new DocumentViews.Consistency(orphans, missing);
    }

    /** Deletes those of these blobs that no version refers to. @return how many were deleted */
    public int forgetUnused(List<String> blobs) {
        int deleted = 0;
        for (String sha256 : blobs) {
            if (forgetIfUnused(sha256)) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Deletes a blob nothing refers to (any more). */
    private void forgetIfUnused(BlobStore.Stored stored) {
        if (stored.created()) {
            forgetIfUnused(stored.sha256());
        }
    }

    private boolean forgetIfUnused(String sha256) {
        long uses = ((Number) entityManager.createNativeQuery("select count(*) from doc_version where blob_sha256 = ?")
                .setParameter(1, sha256).getSingleResult()).longValue();
        if (uses > 0) {
            return false;
        }
        try {
            thumbnails.forget(sha256);
            return storage.blobs().delete(sha256);
        } catch (IOException e) {
            // A blob kept by mistake costs only space; nothing is lost.
            java.util.logging.Logger.getLogger(Documents.class.getName()).warning("Could not delete blob " + sha256 + ": " + e);
            return false;
        }
    }

    private Space spaceOfItem(Item item, long id) {
        List<?> rows = entityManager.createNativeQuery("select space_kind, space_ref from "
                + (item == Item.FILE ? "doc_file" : "doc_folder") + " where id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        Object[] c = (Object[]) rows.getFirst();
        return new Space(SpaceKind.valueOf(c[0].toString()), ((Number) c[1]).longValue());
    }

    /** The files in these folders (ids from the database, joined by commas). */
    private List<Long> filesIn(String folderIds) {
        return folderIds.isEmpty() ? List.of() : entityManager.createNativeQuery("select id from doc_file where folder_id in ("
                        + folderIds + ")").getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Renames a file or folder (writers of its space); the name is cleaned as an upload's is. */
    public void rename(MemberSummary actor, Item item, long id, String name) {
        Space space = spaceOfItem(item, id);
        requireWriter(actor, space, null);
        String clean = FileNames.clean(name, MAX_NAME);
        if (item == Item.FILE) {
            Object folder = entityManager.createNativeQuery("select folder_id from doc_file where id = ?").setParameter(1, id)
                    .getSingleResult();
            // Two files of one name in one folder would make "upload again = new version" ambiguous.
            long clash = ((Number) entityManager.createNativeQuery("select count(*) from doc_file where space_kind = ? and space_ref = ?"
                            + " and " + (folder == null ? "folder_id is null" : "folder_id = " + ((Number) folder).longValue())
                            + " and name = ? and id <> ? and deleted_at is null")
                    .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, clean).setParameter(4, id)
                    .getSingleResult()).longValue();
            if (clash > 0) {
                throw new PortalException(Reason.CONFLICT, "files.error.nameTaken", clean);
            }
            entityManager.createNativeQuery("update doc_file set name = ?, updated_at = ? where id = ?")
                    .setParameter(1, clean).setParameter(2, Utc.now()).setParameter(3, id).executeUpdate();
            changes.fire(new DocumentChanged(id));
        } else {
            entityManager.createNativeQuery("update doc_folder set name = ? where id = ?")
                    .setParameter(1, clean).setParameter(2, id).executeUpdate();
        }
    }

    /** The members a folder is shared with (writers of its space only). */
    public List<MemberSummaryName> sharesOf(MemberSummary actor, long folderId) {
        Object[] folder = folderRow(folderId);
        requireWriter(actor, new Space(SpaceKind.valueOf(folder[1].toString()), ((Number) folder[2]).longValue()), folderId);
        return entityManager.createNativeQuery("select m.id, m.display_name from doc_share s join member m on m.id = s.member_id"
                        + " where s.folder_id = ? order by m.display_name").setParameter(1, folderId).getResultList().stream()
                .map(row -> {
                    Object[] c = (Object[]) row;
                    return new MemberSummaryName(((Number) c[0]).longValue(), c[1].toString());
                }).toList();
    }

    /** A member a folder is shared with, by name. */
    public record MemberSummaryName(long id, String name) implements java.io.Serializable {
    }

    /** A file's page for a reader: the file with its tags, its place, and whether the reader may change it. */
    public DocumentViews.FileDetails details(MemberSummary reader, long fileId) {
        Object[] file = readable(reader, fileId);
        Space space = spaceOf(file);
        Long folderId = folderOf(file);
        return new DocumentViews.FileDetails(fileEntry(fileId), space, folderId, path(folderId), access.mayWrite(reader, space));
    }


    /**
     * Sets a file's description (plain text, shown escaped) and tags (at most {@value #MAX_TAGS}, each
     * up to {@value #MAX_TAG} characters; duplicates whatever their case are kept once). Writers only.
     */
    public DocumentViews.File describe(MemberSummary actor, long fileId, String description, List<String> tags) {
        Object[] file = readable(actor, fileId);
        requireWriter(actor, spaceOf(file), folderOf(file));
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
        return fileEntry(fileId);
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

    /**
     * Moves a file or a folder (with everything in it) to another folder of the same space, or to
     * its root (target null). Writers only; a folder cannot go inside itself, and a file cannot
     * land where a file of its name already is. Moving between spaces would change who may read
     * the file: it is a download and an upload, done knowingly.
     */
    public void move(MemberSummary actor, Item item, long id, Long targetFolderId) {
        Space space = spaceOfItem(item, id);
        requireWriter(actor, space, targetFolderId);
        if (item == Item.FILE) {
            Object[] file = readable(actor, id);
            long clash = ((Number) entityManager.createNativeQuery("select count(*) from doc_file where space_kind = ?"
                            + " and space_ref = ? and " + (targetFolderId == null ? "folder_id is null" : "folder_id = " + targetFolderId)
                            + " and name = ? and id <> ? and deleted_at is null")
                    .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, file[3].toString())
                    .setParameter(4, id).getSingleResult()).longValue();
            if (clash > 0) {
                throw new PortalException(Reason.CONFLICT, "files.error.nameTaken", file[3].toString());
            }
            entityManager.createNativeQuery("update doc_file set folder_id = ?, updated_at = ? where id = ?")
                    .setParameter(1, targetFolderId).setParameter(2, Utc.now()).setParameter(3, id).executeUpdate();
            // Shared folders give readers: the file may have gained or lost some.
            changes.fire(new DocumentChanged(id));
        } else {
            folderRow(id);
            String tree = String.join(",", entityManager.createNativeQuery("with recursive tree (id) as (select id from doc_folder"
                            + " where id = ? union all select f.id from doc_folder f join tree on f.parent_id = tree.id"
                            + " where f.deleted_at is null) select id from tree")
                    .setParameter(1, id).getResultList().stream().map(Object::toString).toList());
            if (targetFolderId != null && java.util.Arrays.asList(tree.split(",")).contains(String.valueOf(targetFolderId))) {
                throw new PortalException(Reason.INVALID_INPUT, "files.error.moveIntoItself");
            }
            entityManager.createNativeQuery("update doc_folder set parent_id = ? where id = ?")
                    .setParameter(1, targetFolderId).setParameter(2, id).executeUpdate();
            filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
        }
        audit.record(requestActor.current(), AuditEvent.on("document.moved", item.name().toLowerCase(), id,
                Map.of("space", space.key(), "to", targetFolderId == null ? "root" : String.valueOf(targetFolderId))));
    }

    /** Every folder of a space (not in the trash) by its path, for "move to" (writers only); the root first. */
    public List<DocumentViews.Destination> destinations(MemberSummary actor, Space space) {
        requireWriter(actor, space, null);
        Map<Long, Object[]> folders = new java.util.HashMap<>();
        for (Object row : entityManager.createNativeQuery("select id, parent_id, name from doc_folder where space_kind = ?"
                + " and space_ref = ? and deleted_at is null").setParameter(1, space.kind().name())
                .setParameter(2, space.ref()).getResultList()) {
            Object[] c = (Object[]) row;
            folders.put(((Number) c[0]).longValue(), c);
        }
        List<DocumentViews.Destination> destinations = new ArrayList<>();
        for (Long id : folders.keySet()) {
            List<String> names = new ArrayList<>();
            Object[] current = folders.get(id);
            for (int depth = 0; current != null && depth < 50; depth++) {
                names.addFirst(current[2].toString());
                current = current[1] == null ? null : folders.get(((Number) current[1]).longValue());
            }
            destinations.add(new DocumentViews.Destination(String.valueOf(id), String.join(" / ", names)));
        }
        destinations.sort(java.util.Comparator.comparing(DocumentViews.Destination::path, String.CASE_INSENSITIVE_ORDER));
        destinations.addFirst(new DocumentViews.Destination("", "/"));
        return destinations;
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

    /** The file row (id, kind, ref, name, current version, folder) if the reader may read it; else not found. */
    private Object[] readable(MemberSummary reader, long fileId) {
        List<?> rows = entityManager.createNativeQuery("select id, space_kind, space_ref, name, current_version, folder_id"
                + " from doc_file where id = ? and deleted_at is null").setParameter(1, fileId).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        Object[] file = (Object[]) rows.getFirst();
        if (!access.mayRead(reader, spaceOf(file), folderOf(file))) {
            throw notFound();
        }
        return file;
    }

    private static Space spaceOf(Object[] file) {
        return new Space(SpaceKind.valueOf(file[1].toString()), ((Number) file[2]).longValue());
    }

    private static Long folderOf(Object[] file) {
        return file[5] == null ? null : ((Number) file[5]).longValue();
    }

    private void requireWriter(MemberSummary actor, Space space, Long folderId) {
        if (folderId != null) {
            requireFolderIn(space, folderId);
        }
        if (!access.mayWrite(actor, space)) {
            if (access.mayRead(actor, space, folderId)) {
                throw new PortalException(Reason.FORBIDDEN, "security.forbidden");
            }
            throw notFound();
        }
    }

    private void requireFolderIn(Space space, long folderId) {
        Object[] folder = folderRow(folderId);
        if (!folder[1].toString().equals(space.kind().name()) || ((Number) folder[2]).longValue() != space.ref()) {
            throw notFound();
        }
    }

    /** (id, kind, ref, parent, name) of a folder not in the trash. */
    private Object[] folderRow(long folderId) {
        List<?> rows = entityManager.createNativeQuery("select id, space_kind, space_ref, parent_id, name from doc_folder"
                + " where id = ? and deleted_at is null").setParameter(1, folderId).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        return (Object[]) rows.getFirst();
    }

    private List<Folder> path(Long folderId) {
        List<Folder> path = new ArrayList<>();
        Long current = folderId;
        for (int depth = 0; current != null && depth < 50; depth++) {
            Object[] row = folderRow(current);
            path.addFirst(new Folder(((Number) row[0]).longValue(), row[4].toString()));
            current = row[3] == null ? null : ((Number) row[3]).longValue();
        }
        return path;
    }

    private DocumentViews.File fileEntry(long fileId) {
        Object row = entityManager.createNativeQuery("select f.id, f.name, f.description, f.current_version,"
                        + " v.size_bytes, v.content_type, v.uploaded_at, m.display_name from doc_file f"
                        + " join doc_version v on v.file_id = f.id and v.number = f.current_version"
                        + " join member m on m.id = v.uploaded_by where f.id = ?")
                .setParameter(1, fileId).getSingleResult();
        return withTags(List.of(file((Object[]) row))).getFirst();
    }

    /** The files with their tags, read in one query. */
    private List<DocumentViews.File> withTags(List<DocumentViews.File> files) {
        if (files.isEmpty()) {
            return files;
        }
        Map<Long, List<String>> tags = new java.util.HashMap<>();
        String ids = String.join(",", files.stream().map(f -> String.valueOf(f.id())).toList());
        for (Object row : entityManager.createNativeQuery("select file_id, tag from doc_tag where file_id in (" + ids
                + ") order by tag").getResultList()) {
            Object[] c = (Object[]) row;
            tags.computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>()).add(c[1].toString());
        }
        return files.stream().map(f -> f.withTags(tags.getOrDefault(f.id(), List.of()))).toList();
    }

    private static Folder folder(Object[] c) {
        return new Folder(((Number) c[0]).longValue(), c[1].toString());
    }

    private static DocumentViews.File file(Object[] c) {
        return new DocumentViews.File(((Number) c[0]).longValue(), c[1].toString(), c[2].toString(), ((Number) c[3]).intValue(),
                ((Number) c[4]).longValue(), c[5].toString(), Utc.instant(c[6]), c[7].toString(), List.of());
    }

    private static PortalException notFound() {
        return new PortalException(Reason.NOT_FOUND, "files.error.notFound");
    }
}
