package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.database.SqlLists;
import org.communs.portal.database.Utc;
import org.communs.portal.document.DocumentViews.Folder;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;

/**
 * The rows the documents' services share ({@link Documents}, {@link DocumentFolders},
 * {@link DocumentTrash}): files and folders read as typed rows with the reader's right checked,
 * the writers' check, trees of folders, listing entries with their tags, and blobs nothing refers
 * to any more. Every value is bound; a hidden file or folder is "not found".
 */
@ApplicationScoped
@Transactional
class DocumentRows {

    /** A file's row: where it is and which version is current. */
    record FileRow(long id, Space space, String name, int currentVersion, Long folderId) {

        static FileRow of(Object[] c) {
            return new FileRow(((Number) c[0]).longValue(), new Space(SpaceKind.valueOf(c[1].toString()), ((Number) c[2]).longValue()),
                    c[3].toString(), ((Number) c[4]).intValue(), c[5] == null ? null : ((Number) c[5]).longValue());
        }
    }

    /** A folder's row. */
    record FolderRow(long id, Space space, Long parentId, String name) {

        static FolderRow of(Object[] c) {
            return new FolderRow(((Number) c[0]).longValue(), new Space(SpaceKind.valueOf(c[1].toString()), ((Number) c[2]).longValue()),
                    c[3] == null ? null : ((Number) c[3]).longValue(), c[4].toString());
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    DocumentAccess access;

    @Inject
    DocumentStorage storage;

    @Inject
    Thumbnails thumbnails;

    void requireWriter(MemberSummary actor, Space space, Long folderId) {
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

    void requireFolderIn(Space space, long folderId) {
        if (!folderRow(folderId).space().equals(space)) {
            throw notFound();
        }
    }

    /** The file, in no trash, if the reader may read it; else not found (a hidden file is a missing one). */
    FileRow readable(MemberSummary reader, long fileId) {
        List<?> found = entityManager.createNativeQuery("select id, space_kind, space_ref, name, current_version, folder_id"
                + " from doc_file where id = ? and deleted_at is null").setParameter(1, fileId).getResultList();
        if (found.isEmpty()) {
            throw notFound();
        }
        FileRow file = FileRow.of((Object[]) found.getFirst());
        if (!access.mayRead(reader, file.space(), file.folderId())) {
            throw notFound();
        }
        return file;
    }

    /** A folder not in the trash; else not found. */
    FolderRow folderRow(long folderId) {
        List<?> found = entityManager.createNativeQuery("select id, space_kind, space_ref, parent_id, name from doc_folder"
                + " where id = ? and deleted_at is null").setParameter(1, folderId).getResultList();
        if (found.isEmpty()) {
            throw notFound();
        }
        return FolderRow.of((Object[]) found.getFirst());
    }

    /** The folders from the space's root down to this one. */
    List<Folder> path(Long folderId) {
        List<Folder> path = new ArrayList<>();
        Long current = folderId;
        for (int depth = 0; current != null && depth < 50; depth++) {
            FolderRow row = folderRow(current);
            path.addFirst(new Folder(row.id(), row.name()));
            current = row.parentId();
        }
        return path;
    }

    /** A folder and every folder below it (those in the trash too, unless {@code liveOnly}). */
    List<Long> folderTree(long folderId, boolean liveOnly) {
        String live = liveOnly ? " where f.deleted_at is null" : "";
        return ids(entityManager.createNativeQuery("with recursive tree (id) as (select id from doc_folder where id = ?"
                        + (liveOnly ? " and deleted_at is null" : "") + " union all select f.id from doc_folder f"
                        + " join tree on f.parent_id = tree.id" + live + ") select id from tree")
                .setParameter(1, folderId).getResultList());
    }

    Space spaceOfItem(Documents.Item item, long id) {
        List<?> rows = entityManager.createNativeQuery("select space_kind, space_ref from "
                + (item == Documents.Item.FILE ? "doc_file" : "doc_folder") + " where id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        Object[] c = (Object[]) rows.getFirst();
        return new Space(SpaceKind.valueOf(c[0].toString()), ((Number) c[1]).longValue());
    }

    /** The files in these folders. */
    List<Long> filesIn(List<Long> folderIds) {
        return folderIds.isEmpty() ? List.of() : SqlLists.bind(entityManager.createNativeQuery("select id from doc_file where folder_id in ("
                        + SqlLists.placeholders(folderIds.size()) + ")"), 1, folderIds)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    DocumentViews.File fileEntry(long fileId) {
        Object row = entityManager.createNativeQuery("select f.id, f.name, f.description, f.current_version,"
                        + " v.size_bytes, v.content_type, v.uploaded_at, m.display_name from doc_file f"
                        + " join doc_version v on v.file_id = f.id and v.number = f.current_version"
                        + " join member m on m.id = v.uploaded_by where f.id = ?")
                .setParameter(1, fileId).getSingleResult();
        return withTags(List.of(file((Object[]) row))).getFirst();
    }

    /** The files with their tags, read in one query. */
    List<DocumentViews.File> withTags(List<DocumentViews.File> files) {
        if (files.isEmpty()) {
            return files;
        }
        Map<Long, List<String>> tags = new java.util.HashMap<>();
        List<Long> ids = files.stream().map(DocumentViews.File::id).toList();
        for (Object row : SqlLists.bind(entityManager.createNativeQuery("select file_id, tag from doc_tag where file_id in ("
                + SqlLists.placeholders(ids.size()) + ") order by tag"), 1, ids).getResultList()) {
            Object[] c = (Object[]) row;
            tags.computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>()).add(c[1].toString());
        }
        return files.stream().map(f -> f.withTags(tags.getOrDefault(f.id(), List.of()))).toList();
    }

    /** Deletes a blob nothing refers to (any more). */
    void forgetIfUnused(BlobStore.Stored stored) {
        if (stored.created()) {
            forgetIfUnused(stored.sha256());
        }
    }

    boolean forgetIfUnused(String sha256) {
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
            java.util.logging.Logger.getLogger(DocumentRows.class.getName()).warning("Could not delete blob " + sha256 + ": " + e);
            return false;
        }
    }

    static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    static Folder folder(Object[] c) {
        return new Folder(((Number) c[0]).longValue(), c[1].toString());
    }

    static DocumentViews.File file(Object[] c) {
        return new DocumentViews.File(((Number) c[0]).longValue(), c[1].toString(), c[2].toString(), ((Number) c[3]).intValue(),
                ((Number) c[4]).longValue(), c[5].toString(), Utc.instant(c[6]), c[7].toString(), List.of());
    }

    static PortalException notFound() {
        return new PortalException(Reason.NOT_FOUND, "files.error.notFound");
    }
}
