package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** What every page model asks of Faces: request parameters, messages, redirects. */
final class Pages {

    private static final String REQUEST_TOKEN = "org.communs.portal.plugins.tasks.request";

    private Pages() {
    }

    /** @return the request parameter, trimmed, or null when missing or blank */
    static String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the request parameter as an id, or null when missing or not a number */
    static Long idParam(String name) {
        return id(param(name));
    }

    /** @return the text as an id, or null when it is not one */
    static Long id(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** Shows a message at the top of the page. */
    static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * Sends the browser to a page of the plugin after a change, keeping the messages (post, then
     * redirect, then get: a reload does not post again, and the address names the page's object).
     *
     * @param page such as {@code task.xhtml?id=4}
     */
    static void redirect(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // Both: keep the messages, and tell the flash that a redirect follows (the navigation
        // handler does it for "faces-redirect", an ExternalContext redirect does not).
        external.getFlash().setKeepMessages(true);
        external.getFlash().setRedirect(true);
        try {
            external.redirect(external.getRequestContextPath() + "/plugins/tasks/" + page);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** @return a token of the current request, the same for all of it */
    static String requestToken() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .computeIfAbsent(REQUEST_TOKEN, key -> UUID.randomUUID().toString());
    }
}
