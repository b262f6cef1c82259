package org.communs.portal.plugins.tasks.task;

import org.communs.portal.plugins.tasks.problem.TasksProblem;

/**
 * Someone changed the task since the member read it (their version is older): nothing was saved.
 * Carries the task as it is now, so that the member can see what changed and try again (REST 409).
 */
public final class StaleTaskException extends TasksProblem {

    private static final long serialVersionUID = 1L;

    private final transient Task current;

    StaleTaskException(Task current) {
        super("error.task.stale", current.version());
        this.current = current;
    }

    /** @return the task as it is now */
    public Task current() {
        return current;
    }
}
