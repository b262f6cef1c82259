package org.communs.portal.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.communs.portal.error.PortalException;
import org.communs.portal.i18n.Messages;

/** Shows texts of the message bundle, and refusals of the services, as Faces messages. */
@ApplicationScoped
public class FacesMessages {

    @Inject
    UserPreferences preferences;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.text(preferences.getLanguage(), key, arguments));
    }

    public void refused(PortalException refusal) {
        add(FacesMessage.SEVERITY_ERROR, Messages.text(preferences.getLanguage(), refusal.messageKey(), refusal.arguments()));
    }

    /** A refusal about one of several uploaded files, named so the user knows which. */
    public void refusedFile(String fileName, PortalException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusedFileText(fileName, refusal));
    }

    /** The text of a key in the reader's language, for a message a page keeps across requests. */
    public String text(String key, Object... arguments) {
        return Messages.text(preferences.getLanguage(), key, arguments);
    }

    /** The text of a refusal about one of several files, named (as {@link #refusedFile} shows it). */
    public String refusedFileText(String fileName, PortalException refusal) {
        return text("files.refusedFile", fileName, text(refusal.messageKey(), refusal.arguments()));
    }

    /** Shows a text already in the reader's language. */
    public void show(boolean error, String text) {
        add(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text);
    }

    /** An error about one input, shown next to it (clientId) and in the page's message list. */
    public void invalid(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(preferences.getLanguage(), key, arguments), null));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
