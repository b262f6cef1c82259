/**
 * Tasks and subtasks (one level), their assignees, watchers, shares with guests and history.
 * {@link org.communs.portal.plugins.tasks.task.TaskGate} opens a task for a member (a task they may
 * not see is not found); {@link org.communs.portal.plugins.tasks.task.Tasks},
 * {@link org.communs.portal.plugins.tasks.task.TaskEdits} and
 * {@link org.communs.portal.plugins.tasks.task.TaskPeople} are what members do with tasks;
 * {@link org.communs.portal.plugins.tasks.task.TaskFields}, {@link org.communs.portal.plugins.tasks.task.ClosingRule}
 * and {@link org.communs.portal.plugins.tasks.task.StatusMapping} are the rules, without database.
 * Every change writes its history rows in the same transaction.
 */
package org.communs.portal.plugins.tasks.task;
