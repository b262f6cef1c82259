package org.communs.portal.mailing;

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

/** Where a sent mailing's e-mails are, recipient by recipient ({@code mailings/status.xhtml?id=N}). */
@Named("mailingStatus")
@ViewScoped
public class MailingStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Mailings mailings;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    private Long id;
    private int page;
    private MailingSummary mailing;
    private List<Recipient> recipients;

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
                guard.allow(Action.MANAGE_COLLECTIVE, -1L);
            }
        }
    }

    private void load() {
        mailing = mailings.view(currentMember.required(), id);
        recipients = mailings.recipients(currentMember.required(), id, page);
    }

    public void retryFailed() {
        try {
            messages.info("mailing.retried", mailings.retryFailed(currentMember.required(), id));
            load();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public boolean isHasNext() {
        return mailing != null && (long) (page + 1) * Mailings.RECIPIENTS_PAGE < mailing.recipients();
    }

    public MailingSummary getMailing() {
        return mailing;
    }

    public List<Recipient> getRecipients() {
        return recipients;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(10_000, page));
    }
}
