package org.communs.portal.collective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.mailing.MailingSummary;
import org.communs.portal.mailing.Mailings;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.news.NewsCard;
import org.communs.portal.news.NewsItems;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/** A collective's space ({@code space.xhtml?id=N}): who it is, its news, and the reader's subscription. */
@Named("space")
@ViewScoped
public class CollectiveSpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient NewsItems news;

    @Inject
    transient Mailings mailings;

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
    private List<NewsCard> items;
    private List<MailingSummary> mailingList;
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
        items = authorization.may(reader, Action.READ_COLLECTIVE, id) ? news.ofCollective(reader, id) : List.of();
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

    public void pin(long newsId, boolean pinned) {
        act(() -> news.pin(currentMember.required(), newsId, pinned));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        load();
    }

    public List<MailingSummary> getMailings() {
        if (mailingList == null) {
            mailingList = isLead() ? mailings.ofCollective(currentMember.required(), id) : List.of();
        }
        return mailingList;
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

    public List<NewsCard> getItems() {
        return items;
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
