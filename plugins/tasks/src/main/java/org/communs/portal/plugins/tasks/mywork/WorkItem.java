package org.communs.portal.plugins.tasks.mywork;

import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.Space;
import org.communs.portal.plugins.tasks.task.Task;

/**
 * A task of "my work", with where it lives.
 *
 * @param task    the task
 * @param status  its status
 * @param list    its list
 * @param space   its space
 * @param section its section
 */
public record WorkItem(Task task, Status status, TaskList list, Space space, WorkSection section) {
}
