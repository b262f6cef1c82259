package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.Utc;
import org.communs.portal.document.DocumentViews.Folder;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.RequestActor;

/**
 * The shape of a document space, for its writers: folders created, shared with a member, renamed
 * and moved (files too), and the places a file or folder may move to.
 */
@ApplicationScoped
@Transactional
public class DocumentFolders {

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

    public Folder createFolder(MemberSummary actor, Space space, Long parentId, String name) {
        rows.requireWriter(actor, space, parentId);
        String clean = FileNames.clean(name, Documents.MAX_NAME);
        entityManager.createNativeQuery("insert into doc_folder (space_kind, space_ref, parent_id, name, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, parentId)
                .setParameter(4, clean).setParameter(5, actor.id()).setParameter(6, Utc.now()).executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return new Folder(id, clean);
    }

    /**
     * Lets a member read a folder of a space the actor writes: a named member for a personal
     * folder, a guest for a collective's folder.
     */
    public void share(MemberSummary actor, long folderId, long memberId) {
        Space space = rows.folderRow(folderId).space();
        rows.requireWriter(actor, space, folderId);
        entityManager.createNativeQuery("insert ignore into doc_share (folder_id, member_id, created_at) values (?, ?, ?)")
                .setParameter(1, folderId).setParameter(2, memberId).setParameter(3, Utc.now()).executeUpdate();
        // The files below now have one more reader in the search too.
        List<Long> tree = rows.folderTree(folderId, false);
        rows.filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
        audit.record(requestActor.current(), AuditEvent.on("document.shared", "folder", folderId,
                Map.of("space", space.key(), "memberId", String.valueOf(memberId))));
    }

    /** The members a folder is shared with (writers of its space only). */
    public List<MemberSummaryName> sharesOf(MemberSummary actor, long folderId) {
        rows.requireWriter(actor, rows.folderRow(folderId).space(), folderId);
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

    /** Renames a file or folder (writers of its space); the name is cleaned as an upload's is. */
    public void rename(MemberSummary actor, Documents.Item item, long id, String name) {
        Space space = rows.spaceOfItem(item, id);
        rows.requireWriter(actor, space, null);
        String clean = FileNames.clean(name, Documents.MAX_NAME);
        if (item == Documents.Item.FILE) {
            Object folder = entityManager.createNativeQuery("select folder_id from doc_file where id = ?").setParameter(1, id)
                    .getSingleResult();
            // Two files of one name in one folder would make "upload again = new version" ambiguous.
            long clash = ((Number) entityManager.createNativeQuery("select count(*) from doc_file where space_kind = ? and space_ref = ?"
                            + " and folder_id <=> ? and name = ? and id <> ? and deleted_at is null")
                    .setParameter(1, space.kind().name()).setParameter(2, space.ref())
                    .setParameter(3, folder == null ? null : ((Number) folder).longValue()).setParameter(4, clean).setParameter(5, id)
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

    /**
     * Moves a file or a folder (with everything in it) to another folder of the same space, or to
     * its root (target null). Writers only; a folder cannot go inside itself, and a file cannot
     * land where a file of its name already is. Moving between spaces would change who may read
     * the file: it is a download and an upload, done knowingly.
     */
    public void move(MemberSummary actor, Documents.Item item, long id, Long targetFolderId) {
        Space space = rows.spaceOfItem(item, id);
        rows.requireWriter(actor, space, targetFolderId);
        if (item == Documents.Item.FILE) {
            DocumentRows.FileRow file = rows.readable(actor, id);
            long clash = ((Number) entityManager.createNativeQuery("select count(*) from doc_file where space_kind = ?"
                            + " and space_ref = ? and folder_id <=> ? and name = ? and id <> ? and deleted_at is null")
                    .setParameter(1, space.kind().name()).setParameter(2, space.ref()).setParameter(3, targetFolderId)
                    .setParameter(4, file.name()).setParameter(5, id).getSingleResult()).longValue();
            if (clash > 0) {
                throw new PortalException(Reason.CONFLICT, "files.error.nameTaken", file.name());
            }
            entityManager.createNativeQuery("update doc_file set folder_id = ?, updated_at = ? where id = ?")
                    .setParameter(1, targetFolderId).setParameter(2, Utc.now()).setParameter(3, id).executeUpdate();
            // Shared folders give readers: the file may have gained or lost some.
            changes.fire(new DocumentChanged(id));
        } else {
            rows.folderRow(id);
            List<Long> tree = rows.folderTree(id, true);
            if (targetFolderId != null && tree.contains(targetFolderId)) {
                throw new PortalException(Reason.INVALID_INPUT, "files.error.moveIntoItself");
            }
            entityManager.createNativeQuery("update doc_folder set parent_id = ? where id = ?")
                    .setParameter(1, targetFolderId).setParameter(2, id).executeUpdate();
            rows.filesIn(tree).forEach(file -> changes.fire(new DocumentChanged(file)));
        }
        audit.record(requestActor.current(), AuditEvent.on("document.moved", item.name().toLowerCase(), id,
                Map.of("space", space.key(), "to", targetFolderId == null ? "root" : String.valueOf(targetFolderId))));
    }

    /** Every folder of a space (not in the trash) by its path, for "move to" (writers only); the root first. */
    public List<DocumentViews.Destination> destinations(MemberSummary actor, Space space) {
        rows.requireWriter(actor, space, null);
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
}
