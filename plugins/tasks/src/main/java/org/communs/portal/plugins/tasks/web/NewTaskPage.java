package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.plugin.ViewModel;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.task.TaskDraft;

/**
 * The page model {@code #{tasksNew}} of {@code new.xhtml}, the "+" menu's "Nouvelle tâche": a task
 * in any list where the reader may create one (the list of {@code ?list=N} chosen first), with its
 * priority, due date and an assignee picked among the members. Refused input keeps what was typed;
 * a created task opens.
 */
public class NewTaskPage extends TasksPage implements ViewModel {

    private final PerRequest<List<MoveTarget>> lists = new PerRequest<>();
    private Long listId;
    private String title;
    private String priority;
    private String dueDate;
    private MemberCard assignee;

    public NewTaskPage(TasksServices services) {
        super(services);
        this.listId = Pages.idParam("list");
    }

    /** @return the lists the reader may create a task in, named with their space */
    public List<MoveTarget> getLists() {
        return lists.get(() -> MoveTarget.writableLists(services, person(), -1));
    }

    /** Creates the task from the form's fields and opens it. */
    public void create() {
        title = Pages.param("new-title");
        listId = Pages.idParam("new-list");
        priority = Pages.param("new-priority");
        dueDate = Pages.param("new-due");
        if (listId == null) {
            Pages.show(FacesMessage.SEVERITY_ERROR, text("new.list.missing"));
            return;
        }
        long target = listId;
        List<Long> assignees = assignee == null ? List.of() : List.of(assignee.id());
        long[] created = new long[1];
        boolean done = attempt(() -> {
            TaskDraft draft = TaskDraft.checked(title, null, null, blankToNull(priority), null, blankToNull(dueDate), null, assignees, null);
            created[0] = services.tasks().create(person(), target, draft).id();
        });
        if (done) {
            confirm("task.added", title.strip());
            Pages.redirect("task.xhtml?id=" + created[0]);
        }
    }

    /** @return the list chosen (from the address at first), or null */
    public Long getListId() {
        return listId;
    }

    public String getTitle() {
        return title;
    }

    public String getPriority() {
        return priority;
    }

    public String getDueDate() {
        return dueDate;
    }

    public MemberCard getAssignee() {
        return assignee;
    }

    public void setAssignee(MemberCard assignee) {
        this.assignee = assignee;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
