package org.communs.portal.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages carried across a redirect (post, redirect, get) in the member's session. The Faces
 * flash lost them now and then on the redirect after a file upload; the session does not.
 */
@SessionScoped
public class PendingMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FacesMessage> pending = new ArrayList<>();

    /** Keeps this request's messages for the next page shown. */
    public synchronized void keepForNextPage() {
        pending.addAll(FacesContext.getCurrentInstance().getMessageList());
    }

    /** Shows the kept messages on this page, once. */
    public synchronized void show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        pending.forEach(message -> faces.addMessage(null, message));
        pending.clear();
    }
}
