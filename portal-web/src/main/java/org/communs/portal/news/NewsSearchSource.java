package org.communs.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.collective.CollectiveChanged;
import org.communs.portal.collective.Collectives;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;
import org.communs.portal.richtext.RichText;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.SearchSource;

/**
 * Published public news items as search documents. Items meant for members only stay out of the
 * index: their readers depend on each collective's rules, which the pages check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NewsSearchSource implements SearchSource {

    public static final String TYPE = "news";
    private static final Logger LOG = Logger.getLogger(NewsSearchSource.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    PortalSearch search;

    @Inject
    Collectives collectives;

    /** Public, published items of at least one live collective (parameter 1: the id to start after). */
    private static final String SEARCHABLE_IDS = "from news_item n where n.status = 'PUBLISHED' and n.public_item = true"
            + " and n.id > ? and exists (select 1 from news_target t join collective c on c.id = t.collective_id"
            + " where t.news_id = n.id and c.archived_at is null)";

    @Override
    public long count() {
        return ((Number) entityManager.createNativeQuery("select count(*) " + SEARCHABLE_IDS).setParameter(1, 0L)
                .getSingleResult()).longValue();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        List<Long> ids = entityManager.createNativeQuery("select n.id " + SEARCHABLE_IDS + " order by n.id limit ?")
                .setParameter(1, afterId).setParameter(2, size).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select n from NewsItem n where n.id in :ids order by n.id", NewsItem.class)
                .setParameter("ids", ids).getResultList().stream().map(n -> new Entry(n.getId(), document(n))).toList();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewsChanged change) {
        reindex(change.newsId());
    }

    /** Archiving a collective takes its public items out of the search (restoring brings them back). */
    void collectiveChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CollectiveChanged change) {
        entityManager.createNativeQuery("select news_id from news_target where collective_id = ?")
                .setParameter(1, change.collectiveId()).getResultList()
                .forEach(id -> reindex(((Number) id).longValue()));
    }

    private void reindex(long newsId) {
        try {
            NewsItem item = entityManager.find(NewsItem.class, newsId);
            Optional.ofNullable(item).filter(this::searchable).map(NewsSearchSource::document)
                    .ifPresentOrElse(search::index, () -> search.delete(TYPE, String.valueOf(newsId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not index news item " + newsId, e);
        }
    }

    /** Public, published, and of at least one live collective. */
    private boolean searchable(NewsItem item) {
        return item.isPublished() && item.isPublicItem() && item.getCollectiveIds().stream().anyMatch(collectives::isLive);
    }

    private static SearchDocument document(NewsItem item) {
        return new SearchDocument(TYPE, String.valueOf(item.getId()), item.getTitle(), item.getTitle(),
                List.of(Layer.visibleTo(Visibility.everyone()).withText("body", RichText.plainText(item.getBodyHtml()))));
    }
}
