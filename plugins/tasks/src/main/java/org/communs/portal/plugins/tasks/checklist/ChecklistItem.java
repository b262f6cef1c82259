package org.communs.portal.plugins.tasks.checklist;

import java.time.Instant;

/**
 * A step of a task's checklist.
 *
 * @param id        its id
 * @param taskId    its task
 * @param text      what to do (plain text)
 * @param position  its rank in the checklist
 * @param doneAt    when it was ticked, or null
 * @param doneBy    who ticked it, or null (not done, or anonymised)
 * @param createdBy who added it, or null once anonymised
 * @param createdAt when
 */
public record ChecklistItem(long id, long taskId, String text, int position, Instant doneAt, Long doneBy, Long createdBy,
                            Instant createdAt) {

    /** The longest text of a step. */
    public static final int MAX_TEXT = 500;

    /** @return whether it is ticked */
    public boolean done() {
        return doneAt != null;
    }
}
