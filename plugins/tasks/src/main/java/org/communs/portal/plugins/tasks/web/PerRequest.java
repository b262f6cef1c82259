package org.communs.portal.plugins.tasks.web;

import java.util.function.Supplier;

/**
 * A value read at most once per request, read again at the next one: what a view-lived model shows
 * is never older than the request (another member may have changed it meanwhile).
 */
final class PerRequest<T> {

    private String request;
    private T value;

    /** @return the value of this request, read by the supplier the first time it is asked for */
    T get(Supplier<T> read) {
        String current = Pages.requestToken();
        if (!current.equals(request)) {
            value = read.get();
            request = current;
        }
        return value;
    }

    /** Forgets the value: the next {@link #get} reads it again (after a change). */
    void clear() {
        request = null;
        value = null;
    }
}
