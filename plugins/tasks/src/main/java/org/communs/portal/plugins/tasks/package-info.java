/**
 * The "tasks" plugin ("Tâches"): spaces, lists, tasks and subtasks, comments with mentions, a board,
 * "my work", a REST API and the portal's search, in the spirit of ClickUp.
 *
 * <p>{@link org.communs.portal.plugins.tasks.TasksPlugin} only wires the parts to the portal. Inside,
 * packages follow the features, each depending only on those before it: {@code db}, {@code problem},
 * {@code text} and {@code access} (the rules of who may do what) → {@code space} → {@code list} →
 * {@code task} → {@code comment}, {@code mywork}, {@code member} → {@code app} (the wiring) →
 * {@code web} (page models) and {@code rest} (the API).
 */
package org.communs.portal.plugins.tasks;
