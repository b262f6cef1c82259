package org.communs.portal.plugins.tasks.problem;

/**
 * No such space, list, task or comment — or one the member may not see: both are answered the
 * same (404), so that an id never tells whether something hidden exists.
 */
public final class NotFoundException extends TasksProblem {

    private static final long serialVersionUID = 1L;

    /** @param what {@code space}, {@code list}, {@code task}, {@code comment}, {@code status} or {@code folder} */
    public NotFoundException(String what) {
        super("error.notFound." + what);
    }
}
