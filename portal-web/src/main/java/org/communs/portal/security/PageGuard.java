package org.communs.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.communs.portal.error.PortalException;

/**
 * Refuses a whole page to a member who may not use it: the response becomes the 403 page (in the
 * shell's style) and the refusal is audited. Pages call it from a {@code f:viewAction}.
 */
@ApplicationScoped
public class PageGuard {

    static final String FORBIDDEN_PAGE = "/403.xhtml";

    @Inject
    CurrentMember currentMember;

    @Inject
    Authorization authorization;

    /** @return true when the page may be shown; otherwise the 403 page has been sent */
    public boolean allow(Action action) {
        return allow(action, null);
    }

    /** @return true when the page may be shown for this object; otherwise the 403 page has been sent */
    public boolean allow(Action action, Long object) {
        try {
            authorization.require(currentMember.member().orElse(null), action, object);
            return true;
        } catch (PortalException refused) {
            // Rendered in place rather than through the container's error-page dispatch, which
            // the sign-in mechanism disturbs (empty body right after the sign-in redirect).
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, FORBIDDEN_PAGE));
            faces.getExternalContext().setResponseStatus(403);
            faces.renderResponse();
            return false;
        }
    }

    /** Answers the request with the 404 page: the thing asked for does not exist (or must not be known to exist). */
    public void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A page's id parameter: null when absent, -1 when not a positive number (no object has it). */
    public static Long id(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(parameter.strip());
            return parsed > 0 ? parsed : -1L;
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
