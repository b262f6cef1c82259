package org.communs.portal.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.search.PortalSearch;

/**
 * Keeps a file's search document in step once its change has committed. Reading the text inside
 * a file can take seconds, so it runs in the background: the upload answers at once and the file
 * is findable by its content shortly after.
 */
@ApplicationScoped
public class DocumentIndexer {

    private static final Logger LOG = Logger.getLogger(DocumentIndexer.class.getName());

    @Inject
    DocumentSearchSource source;

    @Inject
    PortalSearch search;

    @Resource
    ManagedExecutorService executor;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        executor.submit(() -> {
            try {
                source.document(change.fileId()).ifPresentOrElse(search::index,
                        () -> search.delete(DocumentSearchSource.TYPE, String.valueOf(change.fileId())));
            } catch (RuntimeException e) {
                // The file is stored; the index catches up at its next change or a rebuild.
                LOG.log(Level.WARNING, "Could not index document " + change.fileId(), e);
            }
        });
    }
}
