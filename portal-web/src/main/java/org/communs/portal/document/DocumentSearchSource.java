package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;
import org.communs.portal.search.SearchReaders;
import org.communs.portal.search.SearchSource;

/**
 * Files in no trash as search documents: their name, description, tags and the text inside them, seen
 * by those who read their space (the organisation's members; the collective's members and the
 * admins; the owner of a personal space), plus those a folder above them is shared with. Each call
 * reads in a transaction of its own (after the change has committed, or from the rebuild).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DocumentSearchSource implements SearchSource {

    public static final String TYPE = "document";

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    DocumentStorage storage;

    @Inject
    TextExtraction extraction;

    @Override
    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) from doc_file where deleted_at is null")
                .getSingleResult()).longValue();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        List<?> ids = entityManager.createNativeQuery("select id from doc_file where deleted_at is null and id > ?"
                + " order by id limit ?").setParameter(1, afterId).setParameter(2, size).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue())
                .map(id -> document(id).map(doc -> new Entry(id, doc)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The file's search document, or empty when it is gone or in the trash. */
    Optional<SearchDocument> document(long fileId) {
        List<?> rows = entityManager.createNativeQuery("select f.space_kind, f.space_ref, f.folder_id, f.name, f.description,"
                        + " v.blob_sha256 from doc_file f join doc_version v on v.file_id = f.id and v.number = f.current_version"
                        + " where f.id = ? and f.deleted_at is null").setParameter(1, fileId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.getFirst();
        SpaceKind kind = SpaceKind.valueOf(c[0].toString());
        long ref = ((Number) c[1]).longValue();
        Long folderId = c[2] == null ? null : ((Number) c[2]).longValue();
        String name = c[3].toString();
        String text;
        try (InputStream content = storage.blobs().open(c[5].toString())) {
            text = extraction.text(content, name).orElse("");
        } catch (IOException missing) {
            text = "";
        }
        String tags = String.join(" ", entityManager.createNativeQuery("select tag from doc_tag where file_id = ?")
                .setParameter(1, fileId).getResultList().stream().map(Object::toString).toList());
        Layer layer = Layer.visibleTo(audience(kind, ref, folderId)).withText("name", name)
                .withText("description", c[4].toString()).withText("tags", tags).withText("content", text);
        return Optional.of(new SearchDocument(TYPE, String.valueOf(fileId), name, name, List.of(layer)));
    }

    private Visibility audience(SpaceKind kind, long ref, Long folderId) {
        Set<Long> sharedWith = new java.util.HashSet<>();
        if (folderId != null) {
            List<?> ids = entityManager.createNativeQuery("with recursive up (id, parent_id) as ("
                            + " select id, parent_id from doc_folder where id = ?"
                            + " union all select f.id, f.parent_id from doc_folder f join up on f.id = up.parent_id)"
                            + " select s.member_id from doc_share s join up on s.folder_id = up.id")
                    .setParameter(1, folderId).getResultList();
            ids.forEach(id -> sharedWith.add(((Number) id).longValue()));
        }
        Visibility space = switch (kind) {
            case ORGANISATION -> Visibility.members();
            case COLLECTIVE -> Visibility.collective(ref).and(Visibility.role(SearchReaders.ADMIN_ROLE));
            case MEMBER -> Visibility.named(Set.of(ref));
        };
        return sharedWith.isEmpty() ? space : space.and(Visibility.named(sharedWith));
    }
}
