package org.communs.portal.api.plugin;

/** Thrown when a member may not do what they asked; the portal answers 403 with its own page or JSON. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused, for the logs (members see the portal's own message) */
    public AccessDeniedException(String message) {
        super(message);
    }
}
