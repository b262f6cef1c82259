package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;

/**
 * Who may read and write the documents of a space. The organisation's: every member reads, admins
 * write. A collective's: its members and leads read, its leads write; a guest reads only a folder
 * shared with them. A member's: only they read and write, and those they share a folder with read
 * it. Admins have no key to members' personal documents.
 */
@ApplicationScoped
public class DocumentAccess {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    CollectiveRoles collectiveRoles;

    /** @param folderId the folder read, or null for the space's root */
    public boolean mayRead(MemberSummary reader, Space space, Long folderId) {
        if (reader == null || !reader.active()) {
            return false;
        }
        boolean readsWholeSpace = switch (space.kind()) {
            case ORGANISATION -> insider(reader);
            case COLLECTIVE -> reader.has(GlobalRole.ADMIN) || memberOf(reader, space.ref());
            case MEMBER -> reader.id() == space.ref();
        };
        return readsWholeSpace || (folderId != null && sharedWith(reader, folderId));
    }

    public boolean mayWrite(MemberSummary writer, Space space) {
        if (writer == null || !writer.active()) {
            return false;
        }
        return switch (space.kind()) {
            case ORGANISATION -> writer.has(GlobalRole.ADMIN);
            case COLLECTIVE -> writer.has(GlobalRole.ADMIN)
                    || insider(writer) && collectiveRoles.of(writer.id(), space.ref()).contains(CollectiveRole.LEAD);
            case MEMBER -> writer.id() == space.ref() && !writer.has(GlobalRole.GUEST);
        };
    }

    private static boolean insider(MemberSummary member) {
        return member.has(GlobalRole.MEMBER) || member.has(GlobalRole.COLLECTIVE_LEAD) || member.has(GlobalRole.ADMIN);
    }

    private boolean memberOf(MemberSummary reader, long collectiveId) {
        Set<CollectiveRole> roles = collectiveRoles.of(reader.id(), collectiveId);
        return roles.contains(CollectiveRole.MEMBER) || roles.contains(CollectiveRole.LEAD);
    }

    /** Shared with the reader: this folder or one of its parents. */
    private boolean sharedWith(MemberSummary reader, long folderId) {
        return ((Number) entityManager.createNativeQuery("with recursive up (id, parent_id) as ("
                        + " select id, parent_id from doc_folder where id = ?"
                        + " union all select f.id, f.parent_id from doc_folder f join up on f.id = up.parent_id)"
                        + " select count(*) from doc_share s join up on s.folder_id = up.id where s.member_id = ?")
                .setParameter(1, folderId).setParameter(2, reader.id()).getSingleResult()).longValue() > 0;
    }
}
