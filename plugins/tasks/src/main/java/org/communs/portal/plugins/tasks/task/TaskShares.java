package org.communs.portal.plugins.tasks.task;

import java.util.Set;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.space.GuestPasses;

/** Where tasks are shared with a member, for the spaces' door: shares belong to tasks. */
public final class TaskShares implements GuestPasses {

    private final Sql sql;
    private final TaskPeopleRepository people;

    public TaskShares(Sql sql, TaskPeopleRepository people) {
        this.sql = sql;
        this.people = people;
    }

    @Override
    public Set<Long> spacesSharedWith(long memberId) {
        return people.spacesSharedWith(sql, memberId);
    }

    @Override
    public Set<Long> listsSharedWith(long memberId) {
        return people.listsSharedWith(sql, memberId);
    }
}
