package org.communs.portal.collective;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/** A collective's subscribers and join requests, for its leads ({@code subscribers.xhtml?id=N}). */
@Named("subscribers")
@ViewScoped
public class SubscribersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    private Long id;
    private CollectiveSummary collective;
    private List<Subscriber> all;

    public void open() {
        if (id == null || id < 0) {
            guard.notFound();
            return;
        }
        try {
            collective = collectives.view(currentMember.required(), id);
        } catch (PortalException refused) {
            if (refused.reason() == Reason.NOT_FOUND) {
                guard.notFound();
                return;
            }
        }
        guard.allow(Action.MANAGE_COLLECTIVE, id);
    }

    public void decide(long memberId, boolean accept) {
        try {
            subscriptions.decide(currentMember.required(), id, memberId, accept);
            messages.info(accept ? "subscription.accepted" : "subscription.declined");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        all = null;
    }

    private List<Subscriber> all() {
        if (all == null) {
            all = subscriptions.subscribers(currentMember.required(), id);
        }
        return all;
    }

    public List<Subscriber> getActive() {
        return all().stream().filter(s -> s.state() == SubscriptionState.ACTIVE).toList();
    }

    public List<Subscriber> getPending() {
        return all().stream().filter(s -> s.state() == SubscriptionState.PENDING).toList();
    }

    public CollectiveSummary getCollective() {
        return collective;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }
}
