package org.communs.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.security.RequestActor;
import org.communs.portal.ui.FacesMessages;

/** Admin → Search index: where the index stands, and a rebuild with its progress. */
@Named("searchAdmin")
@RequestScoped
public class SearchIndexAdminView {

    @Inject
    PortalSearch search;

    @Inject
    PageGuard guard;

    @Inject
    Authorization authorization;

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Inject
    FacesMessages messages;

    public void open() {
        guard.allow(Action.MANAGE_SEARCH_INDEX);
    }

    public void rebuild() {
        try {
            authorization.require(currentMember.member().orElse(null), Action.MANAGE_SEARCH_INDEX, null);
        } catch (PortalException refused) {
            messages.refused(refused);
            return;
        }
        if (search.startRebuild()) {
            audit.record(requestActor.current(), AuditEvent.of("search.rebuild"));
            messages.info("admin.search.started");
        } else {
            messages.info("admin.search.alreadyRunning");
        }
    }

    public RebuildStatus getStatus() {
        return search.status();
    }
}
