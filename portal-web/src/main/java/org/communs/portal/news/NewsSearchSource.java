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
    private static final String SEARCHABLE = "n.status = org.communs.portal.news.NewsStatus.PUBLISHED and n.publicItem = true";

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    PortalSearch search;

    @Override
    public long count() {
        return entityManager.createQuery("select count(n) from NewsItem n where " + SEARCHABLE, Long.class).getSingleResult();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        return entityManager.createQuery("select n from NewsItem n where " + SEARCHABLE + " and n.id > :after order by n.id",
                        NewsItem.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList().stream()
                .map(n -> new Entry(n.getId(), document(n))).toList();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewsChanged change) {
        try {
            NewsItem item = entityManager.find(NewsItem.class, change.newsId());
            Optional.ofNullable(item).filter(n -> n.isPublished() && n.isPublicItem()).map(NewsSearchSource::document)
                    .ifPresentOrElse(search::index, () -> search.delete(TYPE, String.valueOf(change.newsId())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not index news item " + change.newsId(), e);
        }
    }

    private static SearchDocument document(NewsItem item) {
        return new SearchDocument(TYPE, String.valueOf(item.getId()), item.getTitle(), item.getTitle(),
                List.of(Layer.visibleTo(Visibility.everyone()).withText("body", RichText.plainText(item.getBodyHtml()))));
    }
}
