package org.communs.portal.api.job;

/**
 * Runs a plugin's background work on a schedule (reminders, digests, recurring tasks, imports).
 *
 * <p>A job runs at most once per period across all the servers of a portal: before starting it a
 * server takes a lease on it in the database, and a server that finds it leased, or already run
 * for the period, leaves it. A job that throws is logged with its error (shown to admins) and
 * simply runs again at its next time; a server that dies in the middle leaves a lease that ends
 * after {@link #LEASE_MINUTES} minutes, after which the job runs again. A job therefore
 * must be safe to run twice for the same period (work from the database's state, mark what is done).
 * Jobs run outside any member's request: {@code currentMember()} is empty there.
 *
 * <p>Schedule in {@code Plugin.start}; the plugin's jobs are stopped with it (a running one is
 * left to finish), and scheduling again under the same name replaces the job.
 *
 * <pre>{@code
 * context.jobs().schedule("reminders", Schedule.every(Duration.ofMinutes(1)), reminders::sendDue);
 * }</pre>
 */
public interface Jobs {

    /** How long a server may hold a job before others take it to be lost with its server. */
    int LEASE_MINUTES = 10;

    /**
     * @param name     the job's name within the plugin: 1 to 60 letters, digits, dots, dashes or underscores
     * @param schedule when it runs
     * @param job      the work; runs on a portal thread with the plugin's class loader
     * @throws IllegalArgumentException for a name not of that form
     */
    void schedule(String name, Schedule schedule, Runnable job);
}
