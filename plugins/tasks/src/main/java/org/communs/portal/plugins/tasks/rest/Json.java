package org.communs.portal.plugins.tasks.rest;

import java.util.List;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.attachment.Attachment;
import org.communs.portal.plugins.tasks.checklist.ChecklistItem;
import org.communs.portal.plugins.tasks.comment.Comment;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.SeenSpace;
import org.communs.portal.plugins.tasks.task.Task;

/** The shapes of the API's JSON: records written by JSON-B (null fields left out). */
public final class Json {

    private Json() {
    }

    /**
     * A space.
     *
     * @param id           its id
     * @param name         its name
     * @param kind         {@code ORGANISATION}, {@code COLLECTIVE} or {@code PRIVATE}
     * @param collectiveId its collective, for a collective's space
     * @param role         the caller's role there: {@code OWNER}, {@code MEMBER}, {@code GUEST} or {@code READER}
     * @param archived     whether it is archived
     */
    public record SpaceJson(long id, String name, String kind, Long collectiveId, String role, boolean archived) {

        static SpaceJson of(SeenSpace seen) {
            return new SpaceJson(seen.space().id(), seen.space().name(), seen.space().kind().name(), seen.space().collectiveId(),
                    seen.access().role().name(), seen.space().archived());
        }
    }

    /**
     * A list.
     *
     * @param id       its id
     * @param spaceId  its space
     * @param folderId its folder, or absent
     * @param name     its name
     * @param position its rank in the space
     * @param archived whether it is archived
     */
    public record ListJson(long id, long spaceId, Long folderId, String name, int position, boolean archived) {

        static ListJson of(TaskList list) {
            return new ListJson(list.id(), list.spaceId(), list.folderId(), list.name(), list.position(), list.archived());
        }
    }

    /**
     * A status.
     *
     * @param id       its id
     * @param name     its name
     * @param colour   {@code #rrggbb}
     * @param category {@code TODO}, {@code ACTIVE}, {@code DONE} or {@code CLOSED}
     * @param position its rank in the workflow
     */
    public record StatusJson(long id, String name, String colour, String category, int position) {

        static StatusJson of(Status status) {
            return status == null ? null
                    : new StatusJson(status.id(), status.name(), status.colour(), status.category().name(), status.position());
        }
    }

    /**
     * A member, named.
     *
     * @param id   their id
     * @param name their name
     */
    public record MemberJson(long id, String name) {

        static List<MemberJson> of(List<MemberCard> members) {
            return members.stream().map(member -> new MemberJson(member.id(), member.displayName())).toList();
        }
    }

    /**
     * A task.
     *
     * @param id          its id
     * @param listId      its list
     * @param parentId    its parent task, for a subtask
     * @param title       its title
     * @param description its description (plain text)
     * @param statusId    its status's id
     * @param status      its status
     * @param priority    {@code URGENT}, {@code HIGH}, {@code NORMAL}, {@code LOW}, or absent
     * @param startDate   {@code 2026-03-10}, or absent
     * @param dueDate     {@code 2026-03-12}, or absent
     * @param dueTime     {@code 14:30}, or absent
     * @param position    its rank among its siblings
     * @param archived    whether it is archived
     * @param assignees   its assignees
     * @param createdAt   when it was created (ISO-8601, UTC)
     * @param updatedAt   when it last changed
     * @param version     send it back to change the task ({@code PATCH})
     * @param subtasks    its subtasks (on {@code GET tasks/{id}} only)
     * @param tags        its tags, alphabetically
     */
    public record TaskJson(long id, long listId, Long parentId, String title, String description, long statusId, StatusJson status,
                           String priority, String startDate, String dueDate, String dueTime, int position, boolean archived,
                           List<MemberJson> assignees, String createdAt, String updatedAt, int version, List<TaskJson> subtasks,
                           List<String> tags) {

        static TaskJson of(Task task, Status status, List<MemberCard> assignees, List<TaskJson> subtasks, List<String> tags) {
            return new TaskJson(task.id(), task.listId(), task.parentId(), task.title(), task.description(), task.statusId(),
                    StatusJson.of(status), task.priority() == null ? null : task.priority().name(), text(task.startDate()),
                    text(task.dueDate()), task.dueTime() == null ? null : task.dueTime().toString(), task.position(), task.archived(),
                    MemberJson.of(assignees), text(task.createdAt()), text(task.updatedAt()), task.version(), subtasks, tags);
        }
    }

    /**
     * A page of tasks.
     *
     * @param items   the tasks
     * @param page    the page, from 0
     * @param size    its size
     * @param hasMore whether another page follows
     */
    public record TaskPageJson(List<TaskJson> items, int page, int size, boolean hasMore) {
    }

    /**
     * A comment.
     *
     * @param id        its id
     * @param taskId    its task
     * @param authorId  its author, absent once anonymised
     * @param author    its author's name
     * @param body      the text as typed (plain text: escape it to show it); empty when deleted
     * @param createdAt when (ISO-8601, UTC)
     * @param editedAt  when it was edited, or absent
     * @param deleted   whether it was deleted
     */
    public record CommentJson(long id, long taskId, Long authorId, String author, String body, String createdAt, String editedAt,
                              boolean deleted) {

        static CommentJson of(Comment comment, String author) {
            return new CommentJson(comment.id(), comment.taskId(), comment.authorId(), author, comment.body(),
                    text(comment.createdAt()), text(comment.editedAt()), comment.deleted());
        }
    }

    /**
     * A step of a task's checklist.
     *
     * @param id       its id
     * @param taskId   its task
     * @param text     what to do (plain text: escape it to show it)
     * @param position its rank
     * @param done     whether it is ticked
     * @param doneAt   when it was ticked, or absent
     */
    public record ChecklistItemJson(long id, long taskId, String text, int position, boolean done, String doneAt) {

        static ChecklistItemJson of(ChecklistItem item) {
            return new ChecklistItemJson(item.id(), item.taskId(), item.text(), item.position(), item.done(), Json.text(item.doneAt()));
        }
    }

    /**
     * A file attached to a task; its content is at {@code attachments/{id}}.
     *
     * @param id          its id
     * @param taskId      its task
     * @param name        its file name
     * @param contentType its media type
     * @param size        its size in bytes
     * @param uploadedAt  when it was attached
     */
    public record AttachmentJson(long id, long taskId, String name, String contentType, long size, String uploadedAt) {

        static AttachmentJson of(Attachment attachment) {
            return new AttachmentJson(attachment.id(), attachment.taskId(), attachment.name(), attachment.contentType(),
                    attachment.sizeBytes(), Json.text(attachment.uploadedAt()));
        }
    }

    /**
     * Why a request was refused.
     *
     * @param error the reason, in the caller's language
     * @param field the field at fault, when one is
     */
    public record ErrorJson(String error, String field) {
    }

    /**
     * A change refused because the task changed since the caller read it.
     *
     * @param error   the reason, in the caller's language
     * @param current the task as it is now
     */
    public record ConflictJson(String error, TaskJson current) {
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
