package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.SqlLists;
import org.communs.portal.database.Utc;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * The documents' trash: files and folders put there by writers, brought back within 30 days or
 * purged for good ({@link TrashPurge}), and the store's consistency check for admins.
 */
@ApplicationScoped
@Transactional
public class DocumentTrash {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    DocumentRows rows;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Inject
    Event<DocumentChanged> changes;

    @Inject
    DocumentStorage storage;

    @Inject
    Authorization authorization;

    /** Puts a file, or a folder with everything in it, in the trash (restorable for 30 days). */
    public void trash(MemberSummary actor, Documents.Item item, long id) {
        Space space = rows.spaceOfItem(item, id);
        rows.requireWriter(actor, space, null);
        if (item == Documents.Item.FILE) {
            entityManager.createNativeQuery("update doc_file set deleted_at = ? where id = ? and deleted_at is null")
                    .setParameter(1, Utc.now()).setParameter(2, id).executeUpdate();
            changes.fire(new DocumentChanged(id));
        } else {
            // The folder and all it holds share one time: restoring the folder brings back exactly those.
            java.time.LocalDateTime now = Utc.now();
            // MariaDB has no WITH … UPDATE: the tree's ids first (numbers from the database), then the updates.
            List<Long> tree = rows.folderTree(id, true);
            if (tree.isEmpty()) {
                return;
            }
            rows.filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
            SqlLists.bind(entityManager.createNativeQuery("update doc_file set deleted_at = ? where deleted_at is null and folder_id in ("
                    + SqlLists.placeholders(tree.size()) + ")").setParameter(1, now), 2, tree).executeUpdate();
            SqlLists.bind(entityManager.createNativeQuery("update doc_folder set deleted_at = ? where id in ("
                    + SqlLists.placeholders(tree.size()) + ")").setParameter(1, now), 2, tree).executeUpdate();
        }
        audit.record(requestActor.current(), AuditEvent.on("document.trashed", item.name().toLowerCase(), id,
                Map.of("space", space.key())));
    }

    /** Brings a file or folder back from the trash; if its folder is still in the trash it comes back at the root. */
    public void restoreFromTrash(MemberSummary actor, Documents.Item item, long id) {
        Space space = rows.spaceOfItem(item, id);
        rows.requireWriter(actor, space, null);
        String table = item == Documents.Item.FILE ? "doc_file" : "doc_folder";
        String parent = item == Documents.Item.FILE ? "folder_id" : "parent_id";
        Object deletedAt = entityManager.createNativeQuery("select deleted_at from " + table + " where id = ?")
                .setParameter(1, id).getSingleResult();
        if (deletedAt == null) {
            return;
        }
        entityManager.createNativeQuery("update " + table + " t set t." + parent + " = null where t.id = ? and t." + parent
                        + " in (select id from doc_folder where deleted_at is not null)")
                .setParameter(1, id).executeUpdate();
        if (item == Documents.Item.FILE) {
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
        rows.requireWriter(actor, space, null);
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
            trashed.add(new DocumentViews.Trashed(Documents.Item.valueOf(c[0].toString()), ((Number) c[1]).longValue(), c[2].toString(),
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
            if (rows.forgetIfUnused(sha256)) {
                deleted++;
            }
        }
        return deleted;
    }
}
