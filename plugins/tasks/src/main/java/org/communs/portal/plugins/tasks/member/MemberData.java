package org.communs.portal.plugins.tasks.member;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.plugins.tasks.comment.Comment;
import org.communs.portal.plugins.tasks.attachment.AttachmentRepository;
import org.communs.portal.plugins.tasks.attachment.Attachments;
import org.communs.portal.plugins.tasks.checklist.ChecklistRepository;
import org.communs.portal.plugins.tasks.comment.CommentRepository;
import org.communs.portal.plugins.tasks.comment.MentionRepository;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.list.ListRepository;
import org.communs.portal.plugins.tasks.space.Space;
import org.communs.portal.plugins.tasks.space.SpaceRepository;
import org.communs.portal.plugins.tasks.task.HistoryRepository;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskIndex;
import org.communs.portal.plugins.tasks.task.TaskPeopleRepository;
import org.communs.portal.plugins.tasks.task.TaskRepository;

/**
 * What the plugin keeps about a member. Tasks, lists and spaces of the organisation and of
 * collectives belong to them and stay, anonymised; a member's private spaces are theirs and go.
 */
public final class MemberData {

    private final Database database;
    private final SpaceRepository spaces;
    private final ListRepository lists;
    private final TaskRepository tasks;
    private final TaskPeopleRepository taskPeople;
    private final HistoryRepository history;
    private final CommentRepository comments;
    private final MentionRepository mentions;
    private final ChecklistRepository checklists;
    private final AttachmentRepository attachmentRows;
    private final Attachments attachments;
    private final TaskIndex index;

    public MemberData(Database database, SpaceRepository spaces, ListRepository lists, TaskRepository tasks,
                      TaskPeopleRepository taskPeople, HistoryRepository history, CommentRepository comments,
                      MentionRepository mentions, ChecklistRepository checklists, AttachmentRepository attachmentRows,
                      Attachments attachments, TaskIndex index) {
        this.database = database;
        this.spaces = spaces;
        this.lists = lists;
        this.tasks = tasks;
        this.taskPeople = taskPeople;
        this.history = history;
        this.comments = comments;
        this.mentions = mentions;
        this.checklists = checklists;
        this.attachmentRows = attachmentRows;
        this.attachments = attachments;
        this.index = index;
    }

    /** @return the member's data as JSON-friendly values: tasks created, assignments, comments, roles, private spaces */
    public Map<String, Object> export(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tasksCreated", tasks.createdBy(database, memberId).stream().map(MemberData::taskExport).toList());
        data.put("assignments", tasks.findAll(database, taskPeople.tasksAssignedTo(database, memberId)).stream()
                .map(MemberData::taskExport).toList());
        data.put("watching", taskPeople.tasksWatchedBy(database, memberId));
        data.put("sharedWithMe", taskPeople.tasksSharedWith(database, memberId));
        data.put("comments", comments.byAuthor(database, memberId).stream().map(MemberData::commentExport).toList());
        List<Map<String, Object>> roles = new ArrayList<>();
        spaces.explicitRolesOf(database, memberId).forEach((space, role) -> roles.add(Map.of("spaceId", space, "role", role.name())));
        data.put("spaceRoles", roles);
        data.put("privateSpaces", spaces.privateSpacesOf(database, memberId).stream()
                .map(space -> Map.<String, Object>of("id", space.id(), "name", space.name())).toList());
        return data;
    }

    /**
     * Erases the member: their private spaces (with everything in them) are deleted; elsewhere
     * their comments stay without author, and they leave assignments, watchers, shares, roles, mentions
     * and the history's "who". One transaction: all or nothing.
     */
    public void erase(long memberId) {
        List<Space> own = spaces.privateSpacesOf(database, memberId);
        Set<Long> gone = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (Space space : own) {
            gone.addAll(tasks.idsInSpace(database, space.id()));
            files.addAll(attachmentRows.blobsInSpace(database, space.id()));
        }
        Set<Long> unshared = new HashSet<>(taskPeople.tasksSharedWith(database, memberId));
        database.inTransaction(tx -> {
            for (Space space : own) {
                tasks.deleteInSpace(tx, space.id());
                lists.deleteInSpace(tx, space.id());
                spaces.delete(tx, space.id());
            }
            comments.anonymise(tx, memberId);
            mentions.removeMember(tx, memberId);
            checklists.anonymise(tx, memberId);
            attachmentRows.anonymise(tx, memberId);
            history.anonymise(tx, memberId);
            taskPeople.removeMember(tx, memberId);
            spaces.removeMember(tx, memberId);
            tasks.anonymise(tx, memberId);
            lists.anonymise(tx, memberId);
            spaces.anonymise(tx, memberId);
            return null;
        });
        gone.forEach(index::forget);
        files.forEach(attachments::forgetIfUnused);
        unshared.forEach(index::refreshWithSubtasks);
    }

    private static Map<String, Object> taskExport(Task task) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("id", task.id());
        export.put("title", task.title());
        export.put("createdAt", task.createdAt().toString());
        return export;
    }

    private static Map<String, Object> commentExport(Comment comment) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("id", comment.id());
        export.put("taskId", comment.taskId());
        export.put("body", comment.body());
        export.put("createdAt", comment.createdAt().toString());
        if (comment.editedAt() != null) {
            export.put("editedAt", comment.editedAt().toString());
        }
        return export;
    }
}
