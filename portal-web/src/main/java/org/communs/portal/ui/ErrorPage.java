package org.communs.portal.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Keeps the HTTP status of the shell's error pages. Rendered through the container's error-page
 * dispatch, they came back as 200 once the sign-in mechanism had run on the request; a 404 or 403
 * page must say 404 or 403 to browsers, crawlers and API clients alike.
 */
@Named("errorPage")
@ApplicationScoped
public class ErrorPage {

    public void respond(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
