package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;
import org.communs.portal.richtext.RichText;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.SearchSource;

/**
 * Live collectives as search documents, found by every member of the organisation and by the
 * collective's own guests; kept in step after each committed change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CollectiveSearchSource implements SearchSource {

    public static final String TYPE = "collective";
    private static final Logger LOG = Logger.getLogger(CollectiveSearchSource.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    PortalSearch search;

    @Override
    public long count() {
        return entityManager.createQuery("select count(c) from Collective c where c.archivedAt is null", Long.class)
                .getSingleResult();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        Map<Long, CollectiveType> types = types();
        return entityManager.createQuery("select c from Collective c where c.archivedAt is null and c.id > :after"
                        + " order by c.id", Collective.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList().stream()
                .map(c -> new Entry(c.getId(), document(c, types.get(c.getTypeId())))).toList();
    }

    Optional<SearchDocument> document(long id) {
        Collective collective = entityManager.find(Collective.class, id);
        if (collective == null || collective.isArchived()) {
            return Optional.empty();
        }
        return Optional.of(document(collective, types().get(collective.getTypeId())));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectiveChanged change) {
        try {
            document(change.collectiveId()).ifPresentOrElse(search::index,
                    () -> search.delete(TYPE, String.valueOf(change.collectiveId())));
        } catch (RuntimeException e) {
            // The change is saved; the index catches up at the next change or rebuild.
            LOG.log(Level.WARNING, "Could not index collective " + change.collectiveId(), e);
        }
    }

    private static SearchDocument document(Collective collective, CollectiveType type) {
        Layer layer = Layer.visibleTo(Visibility.members().and(Visibility.collective(collective.getId())))
                .withText("summary", collective.getSummary())
                .withText("description", RichText.plainText(collective.getDescriptionHtml()));
        if (type != null) {
            layer = layer.withText("type", type.getLabelFr() + " " + type.getLabelEn());
        }
        return new SearchDocument(TYPE, String.valueOf(collective.getId()), collective.getName(), collective.getName(),
                List.of(layer));
    }

    private Map<Long, CollectiveType> types() {
        Map<Long, CollectiveType> types = new HashMap<>();
        entityManager.createQuery("select t from CollectiveType t", CollectiveType.class).getResultList()
                .forEach(t -> types.put(t.getId(), t));
        return types;
    }
}
