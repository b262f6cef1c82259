package org.communs.portal.mailing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.communs.portal.error.PortalException;
import org.communs.portal.richtext.RichText;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/**
 * Writing a mailing ({@code mailings/edit.xhtml?collective=N}, or {@code ?id=M} for a draft):
 * subject and body, a preview, a test to oneself, then sending to the subscribers.
 */
@Named("mailingEdit")
@ViewScoped
public class MailingEditView implements Serializable {

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
    private Long collective;
    private String subject;
    private String body;
    private String preview;

    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                MailingSummary existing = mailings.view(currentMember.required(), id);
                if (!existing.draft()) {
                    redirect("/mailings/status.xhtml?id=" + id);
                    return;
                }
                collective = existing.collectiveId();
                subject = existing.subject();
                body = existing.bodyHtml();
            } catch (PortalException refused) {
                if (refused.reason() == org.communs.portal.error.Reason.NOT_FOUND) {
                    guard.notFound();
                } else {
                    guard.allow(Action.MANAGE_COLLECTIVE, -1L);
                }
            }
            return;
        }
        if (collective == null || collective < 0) {
            guard.notFound();
            return;
        }
        guard.allow(Action.MANAGE_COLLECTIVE, collective);
    }

    public void save() {
        if (store()) {
            messages.info("mailing.saved");
        }
    }

    /** The body as the subscribers will see it, sanitised as it will be stored. */
    public void showPreview() {
        preview = RichText.sanitize(body);
    }

    public void sendTest() {
        if (store()) {
            try {
                mailings.sendTest(currentMember.required(), id);
                messages.info("mailing.testQueued", currentMember.required().email());
            } catch (PortalException refused) {
                messages.refused(refused);
            }
        }
    }

    public String send() {
        if (!store()) {
            return null;
        }
        try {
            int recipients = mailings.send(currentMember.required(), id);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("mailing.queued", recipients);
            return "/mailings/status.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException refused) {
            messages.refused(refused);
            return null;
        }
    }

    private boolean store() {
        try {
            id = mailings.save(currentMember.required(), collective, id, new MailingDraft(subject, body)).id();
            return true;
        } catch (PortalException refused) {
            messages.refused(refused);
            return false;
        }
    }

    private static void redirect(String page) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getApplication().getNavigationHandler().handleNavigation(faces, null, page + "&faces-redirect=true");
    }

    public String getPreview() {
        return preview;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }

    public String getCollective() {
        return collective == null ? null : String.valueOf(collective);
    }

    public void setCollective(String collective) {
        this.collective = PageGuard.id(collective);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
