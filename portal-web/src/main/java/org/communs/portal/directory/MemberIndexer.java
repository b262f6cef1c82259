package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.member.MemberChanged;
import org.communs.portal.search.PortalSearch;

/**
 * Keeps the member's search document in step with the database, once a change has committed (an
 * index that ran ahead of a rolled-back transaction would show what does not exist).
 */
@ApplicationScoped
public class MemberIndexer {

    private static final Logger LOG = Logger.getLogger(MemberIndexer.class.getName());

    @Inject
    MemberSearchSource source;

    @Inject
    PortalSearch search;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberChanged change) {
        try {
            source.document(change.memberId()).ifPresentOrElse(search::index,
                    () -> search.delete(MemberDocument.TYPE, String.valueOf(change.memberId())));
        } catch (RuntimeException e) {
            // The change itself is saved; the index catches up at the next change or rebuild.
            LOG.log(Level.WARNING, "Could not index member " + change.memberId(), e);
        }
    }
}
