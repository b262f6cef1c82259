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
        try {
            authorization.require(currentMember.member().orElse(null), action, null);
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
}
