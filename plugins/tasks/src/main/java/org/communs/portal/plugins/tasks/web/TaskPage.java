package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.plugin.ViewModel;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.attachment.Attachment;
import org.communs.portal.plugins.tasks.attachment.Attachments;
import org.communs.portal.plugins.tasks.checklist.ChecklistItem;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.task.StaleTaskException;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskChanges;
import org.communs.portal.plugins.tasks.task.TaskDetails;
import org.communs.portal.plugins.tasks.task.TaskDraft;

/**
 * The page model {@code #{tasksTask}} of {@code task.xhtml?id=N}: the task's fields (a form with the
 * version read, for optimistic locking), status, assignees, dates, subtasks, the stream of comments
 * and changes, the comment box with mention suggestions. Kept with the view (PrimeFaces' ajax),
 * read again at each request; forms that change the task post, then redirect to the page.
 */
public class TaskPage extends TasksPage implements ViewModel {

    private final Long taskId;
    private final PerRequest<Optional<TaskDetails>> details = new PerRequest<>();
    private final PerRequest<Form> form = new PerRequest<>();
    private final PerRequest<List<StreamItem>> stream = new PerRequest<>();
    private final PerRequest<List<MoveTarget>> moveTargets = new PerRequest<>();
    private final PerRequest<List<ChecklistItem>> checklist = new PerRequest<>();
    private final PerRequest<List<Attachment>> attachments = new PerRequest<>();
    private transient Part upload;
    private String commentText;
    private MemberCard assignee;
    private MemberCard shareWith;

    public TaskPage(TasksServices services) {
        super(services);
        this.taskId = Pages.idParam("id");
    }

    /** @return the task's id, as the page was opened with */
    public Long getId() {
        return taskId;
    }

    /** @return whether the task exists and the reader sees it (else the page says it was not found, with a 404) */
    public boolean isFound() {
        boolean found = seen().isPresent();
        if (!found) {
            ListView.notFound();
        }
        return found;
    }

    /** @return the task with everything its page shows */
    public TaskDetails getDetails() {
        return seen().orElseThrow(() -> new NotFoundException("task"));
    }

    /** @return the task */
    public Task getTask() {
        return getDetails().task();
    }

    /** @return whether the reader may change the task (to show the controls; actions check again) */
    public boolean isWritable() {
        return seen().map(found -> found.seen().isWritable()).orElse(false);
    }

    /** @return whether the reader may comment */
    public boolean isCommenter() {
        return seen().map(found -> found.seen().mayComment()).orElse(false);
    }

    /** @return the stream: comments and changes, oldest first */
    public List<StreamItem> getStream() {
        return stream.get(() -> new TaskStream(services, this, person()).of(taskId));
    }

    /** @return the lists the task may move to: in spaces where the reader writes, not archived, not its own */
    public List<MoveTarget> getMoveTargets() {
        return moveTargets.get(() -> MoveTarget.writableLists(services, person(), getTask().listId()));
    }

    /** Saves the form's fields, if nobody changed the task since the reader opened it. */
    public void save() {
        Form values = form();
        boolean saved = attempt(() -> {
            try {
                services.edits().edit(person(), taskId, values.version, TaskChanges.none()
                        .withTitle(values.title).withDescription(values.description).withPriority(values.priority)
                        .withStartDate(values.startDate).withDueDate(values.dueDate).withDueTime(values.dueTime));
            } catch (StaleTaskException stale) {
                // The reader keeps what they typed; saving again overwrites knowingly.
                values.version = stale.current().version();
                throw stale;
            }
        });
        if (saved) {
            confirm("task.saved");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Changes the status: called by the page's script with {@code statusId}. */
    public void changeStatus() {
        Long statusId = Pages.idParam("statusId");
        if (statusId != null && attempt(() -> services.edits().setStatus(person(), taskId, statusId, null))) {
            confirm("task.statusChanged");
        }
        details.clear();
        form.clear();
        stream.clear();
    }

    /** Adds a subtask with the title of the box {@code subtask-title}. */
    public void addSubtask() {
        String title = Pages.param("subtask-title");
        if (attempt(() -> services.tasks().create(person(), getTask().listId(), TaskDraft.titled(title, taskId)))) {
            confirm("task.added", title.strip());
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /**
     * @return the description's HTML, cleaned again as it is shown (stored cleaned; cleaning twice
     *         changes nothing, and a row written by other means cannot run in the page)
     */
    public String getDescriptionHtml() {
        return services.context().richText().sanitise(getTask().description());
    }

    /** @return the task's checklist, in order */
    public List<ChecklistItem> getChecklist() {
        return checklist.get(() -> seen().map(found -> services.checklists().of(person(), taskId)).orElse(List.of()));
    }

    /** @return "2 sur 5": the ticked steps out of all */
    public String getChecklistProgress() {
        List<ChecklistItem> steps = getChecklist();
        return services.texts().text("checklist.progress", steps.stream().filter(ChecklistItem::done).count(), steps.size());
    }

    /** Adds the step typed in {@code step-text}; the box empties and keeps the focus. */
    public void addStep() {
        String text = Pages.param("step-text");
        attempt(() -> services.checklists().add(person(), taskId, text));
        checklist.clear();
        stream.clear();
    }

    /** Ticks or unticks a step: called by the page's script with {@code itemId} and {@code done}. */
    public void tickStep() {
        Long itemId = Pages.idParam("itemId");
        boolean done = Boolean.parseBoolean(Pages.param("done"));
        if (itemId != null) {
            attempt(() -> services.checklists().setDone(person(), itemId, done));
        }
        checklist.clear();
        stream.clear();
    }

    /** Removes a step ({@code itemId}). */
    public void removeStep() {
        Long itemId = Pages.idParam("itemId");
        if (itemId != null) {
            attempt(() -> services.checklists().remove(person(), itemId));
        }
        checklist.clear();
        stream.clear();
    }

    /** Sends the comment of the box. */
    public void sendComment() {
        String text = commentText;
        if (attempt(() -> services.comments().add(person(), taskId, text))) {
            commentText = null;
            confirm("comment.sent");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Edits one's comment: the id comes with the button ({@code commentId}), the text from {@code comment-edit-<id>}. */
    public void editComment() {
        Long commentId = Pages.idParam("commentId");
        if (commentId == null) {
            return;
        }
        String text = Pages.param("comment-edit-" + commentId);
        if (attempt(() -> services.comments().edit(person(), commentId, text))) {
            confirm("comment.edited");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Deletes one's comment ({@code commentId}). */
    public void deleteComment() {
        Long commentId = Pages.idParam("commentId");
        if (commentId != null && attempt(() -> services.comments().delete(person(), commentId))) {
            confirm("comment.deletedDone");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /**
     * Suggestions for the comment box while a mention is typed.
     *
     * @param typed the word being typed
     * @return {@code @Display Name} of members who see the task
     */
    public List<String> completeMention(String typed) {
        try {
            return services.comments().suggestions(person(), taskId, typed);
        } catch (RuntimeException notNow) {
            return List.of();
        }
    }

    /** @return the task's attachments, oldest first */
    public List<Attachment> getAttachments() {
        return attachments.get(() -> seen().map(found -> services.attachments().of(person(), taskId)).orElse(List.of()));
    }

    /** Attaches the file of the form. */
    public void attach() {
        Part file = upload;
        upload = null;
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            Pages.show(FacesMessage.SEVERITY_ERROR, text("error.attachment.missing"));
            return;
        }
        boolean done = attempt(() -> {
            try (InputStream content = file.getInputStream()) {
                services.attachments().attach(person(), taskId, file.getSubmittedFileName(), file.getContentType(), content);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
        if (done) {
            confirm("task.attached", Attachments.displayName(file.getSubmittedFileName()));
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Removes an attachment ({@code attachmentId}). */
    public void removeAttachment() {
        Long attachmentId = Pages.idParam("attachmentId");
        if (attachmentId != null && attempt(() -> services.attachments().remove(person(), attachmentId))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** Tags the task with the text of {@code tag-text}. */
    public void addTag() {
        String tag = Pages.param("tag-text");
        if (attempt(() -> services.tags().add(person(), taskId, tag))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Takes a tag off ({@code tag}). */
    public void removeTag() {
        String tag = Pages.param("tag");
        if (tag != null && attempt(() -> services.tags().remove(person(), taskId, tag))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Adds the assignee picked. */
    public void addAssignee() {
        MemberCard picked = assignee;
        if (picked != null && attempt(() -> services.taskPeople().assign(person(), taskId, picked.id()))) {
            confirm("task.assigned", picked.displayName());
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Takes an assignee off ({@code memberId}). */
    public void removeAssignee() {
        Long memberId = Pages.idParam("memberId");
        if (memberId != null && attempt(() -> services.taskPeople().unassign(person(), taskId, memberId))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Shares the task with the member picked. */
    public void share() {
        MemberCard picked = shareWith;
        if (picked != null && attempt(() -> services.taskPeople().share(person(), taskId, picked.id()))) {
            confirm("task.shared", picked.displayName());
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Stops sharing the task with a member ({@code memberId}). */
    public void unshare() {
        Long memberId = Pages.idParam("memberId");
        if (memberId != null && attempt(() -> services.taskPeople().unshare(person(), taskId, memberId))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** The reader follows the task. */
    public void watch() {
        if (attempt(() -> services.taskPeople().watch(person(), taskId))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** The reader stops following the task. */
    public void unwatch() {
        if (attempt(() -> services.taskPeople().unwatch(person(), taskId))) {
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Archives the task (and its subtasks). */
    public void archive() {
        if (attempt(() -> services.edits().archive(person(), taskId))) {
            confirm("task.archived");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Restores the archived task. */
    public void restore() {
        if (attempt(() -> services.edits().restore(person(), taskId))) {
            confirm("task.restored");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    /** Moves the task to the list of the select {@code move-target}. */
    public void move() {
        Long target = Pages.idParam("move-target");
        if (target != null && attempt(() -> services.edits().move(person(), taskId, target))) {
            confirm("task.moved");
            Pages.redirect("task.xhtml?id=" + taskId);
        }
    }

    public String getTitle() {
        return form().title;
    }

    public void setTitle(String title) {
        form().title = title;
    }

    public String getDescription() {
        return form().description;
    }

    public void setDescription(String description) {
        form().description = description;
    }

    public String getPriority() {
        return form().priority;
    }

    public void setPriority(String priority) {
        form().priority = priority;
    }

    public String getStartDate() {
        return form().startDate;
    }

    public void setStartDate(String startDate) {
        form().startDate = startDate;
    }

    public String getDueDate() {
        return form().dueDate;
    }

    public void setDueDate(String dueDate) {
        form().dueDate = dueDate;
    }

    public String getDueTime() {
        return form().dueTime;
    }

    public void setDueTime(String dueTime) {
        form().dueTime = dueTime;
    }

    /** @return the version the form was filled from, sent back with it */
    public Integer getVersion() {
        return form().version;
    }

    public void setVersion(Integer version) {
        form().version = version;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public MemberCard getAssignee() {
        return assignee;
    }

    public void setAssignee(MemberCard assignee) {
        this.assignee = assignee;
    }

    public MemberCard getShareWith() {
        return shareWith;
    }

    public void setShareWith(MemberCard shareWith) {
        this.shareWith = shareWith;
    }

    private Optional<TaskDetails> seen() {
        return details.get(() -> {
            if (taskId == null) {
                return Optional.empty();
            }
            try {
                TaskDetails found = services.tasks().details(person(), taskId);
                services.comments().markMentionsRead(person(), found.seen());
                return Optional.of(found);
            } catch (NotFoundException hidden) {
                return Optional.empty();
            }
        });
    }

    // The form's values of this request: the task's own, until the form posts its values.
    private Form form() {
        return form.get(() -> seen().map(found -> Form.of(found.task())).orElseGet(Form::new));
    }

    /** The values of the task's form, as read or as posted. */
    private static final class Form {
        String title;
        String description;
        String priority;
        String startDate;
        String dueDate;
        String dueTime;
        Integer version;

        static Form of(Task task) {
            Form form = new Form();
            form.title = task.title();
            form.description = task.description();
            form.priority = task.priority() == null ? null : task.priority().name();
            form.startDate = task.startDate() == null ? null : task.startDate().toString();
            form.dueDate = task.dueDate() == null ? null : task.dueDate().toString();
            form.dueTime = task.dueTime() == null ? null : task.dueTime().toString();
            form.version = task.version();
            return form;
        }
    }
}
