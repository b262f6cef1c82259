package org.communs.portal.collective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/**
 * A collective's space ({@code space.xhtml?id=N}): who it is and the reader's subscription. The page
 * also shows the collective's news ({@code news.CollectiveNewsView}) and, to its leads, its mailings
 * ({@code mailing.CollectiveMailingsView}): those features read the collective from here, so the
 * dependencies point from them to this one.
 */
@Named("space")
@ViewScoped
public class CollectiveSpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient Authorization authorization;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    private Long id;
    private CollectiveSummary collective;
    private List<MemberSummary> leads;
    private Delivery delivery = Delivery.PORTAL;
    private boolean acceptsMailings = true;

    public void open() {
        if (id == null || id < 0) {
            guard.notFound();
            return;
        }
        try {
            load();
        } catch (PortalException refused) {
            if (refused.reason() == Reason.NOT_FOUND) {
                guard.notFound();
            } else {
                guard.allow(Action.READ_COLLECTIVE, id);
            }
        }
    }

    private void load() {
        MemberSummary reader = currentMember.required();
        collective = collectives.view(reader, id);
        leads = collectives.leads(id);
        subscriptions.mine(reader).stream().filter(s -> s.collectiveId() == id).findFirst().ifPresent(mine -> {
            delivery = mine.delivery();
            acceptsMailings = mine.acceptsMailings();
        });
    }

    public void subscribe() {
        act(() -> messages.info(subscriptions.subscribe(currentMember.required(), id) == SubscriptionState.ACTIVE
                ? "subscription.done" : "subscription.requested"));
    }

    public void unsubscribe() {
        act(() -> {
            subscriptions.unsubscribe(currentMember.required(), id);
            messages.info("subscription.left");
        });
    }

    public void saveChoices() {
        act(() -> {
            subscriptions.choose(currentMember.required(), id, delivery, acceptsMailings);
            messages.info("subscription.saved");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        load();
    }

    public boolean isLead() {
        return collective != null && authorization.may(currentMember.required(), Action.MANAGE_COLLECTIVE, id);
    }

    public boolean isAdmin() {
        return authorization.may(currentMember.required(), Action.MANAGE_COLLECTIVES, null);
    }

    public boolean isMaySubscribe() {
        return collective != null && !collective.archived()
                && authorization.may(currentMember.required(), Action.SUBSCRIBE, id);
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public CollectiveSummary getCollective() {
        return collective;
    }

    public List<MemberSummary> getLeads() {
        return leads;
    }

    /** The collective shown, for the sections other features add to the page (its news, its mailings). */
    public long collectiveId() {
        return id;
    }

    /** Whether the reader may read what is inside the collective (its news). */
    public boolean isReadable() {
        return collective != null && authorization.may(currentMember.required(), Action.READ_COLLECTIVE, id);
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public boolean isAcceptsMailings() {
        return acceptsMailings;
    }

    public void setAcceptsMailings(boolean acceptsMailings) {
        this.acceptsMailings = acceptsMailings;
    }
}
