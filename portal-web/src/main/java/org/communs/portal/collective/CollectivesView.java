package org.communs.portal.collective;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;

/** The collectives page: every live collective, filtered by type and words, with one-click subscription. */
@Named("collectives")
@ViewScoped
public class CollectivesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_TEXT = 100;

    @Inject
    transient Collectives collectives;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient Authorization authorization;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private String text;
    private String type;
    private boolean archived;
    private List<CollectiveSummary> shown;

    public void open() {
        guard.allow(Action.USE_PORTAL);
    }

    public List<CollectiveSummary> getShown() {
        if (shown == null) {
            Long typeId = PageGuard.id(type);
            shown = collectives.list(currentMember.required(), new CollectiveQuery(text, typeId, archived));
        }
        return shown;
    }

    public List<CollectiveType> getTypes() {
        return collectives.types(false);
    }

    public String typeLabel(CollectiveType type) {
        return type.label(preferences.getLanguage().code());
    }

    public void subscribe(long collectiveId) {
        try {
            SubscriptionState state = subscriptions.subscribe(currentMember.required(), collectiveId);
            messages.info(state == SubscriptionState.ACTIVE ? "subscription.done" : "subscription.requested");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        shown = null;
    }

    public void unsubscribe(long collectiveId) {
        try {
            subscriptions.unsubscribe(currentMember.required(), collectiveId);
            messages.info("subscription.left");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        shown = null;
    }

    public boolean isMaySubscribe() {
        return authorization.may(currentMember.required(), Action.SUBSCRIBE, 0L);
    }

    public boolean isMayCreate() {
        return authorization.may(currentMember.required(), Action.MANAGE_COLLECTIVES, null);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
