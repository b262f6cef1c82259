package org.communs.portal.plugins.tasks.app;

import java.time.Clock;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.attachment.AttachmentRepository;
import org.communs.portal.plugins.tasks.attachment.Attachments;
import org.communs.portal.plugins.tasks.checklist.ChecklistRepository;
import org.communs.portal.plugins.tasks.checklist.Checklists;
import org.communs.portal.plugins.tasks.comment.CommentRepository;
import org.communs.portal.plugins.tasks.comment.Comments;
import org.communs.portal.plugins.tasks.comment.MentionRepository;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.list.ListRepository;
import org.communs.portal.plugins.tasks.list.Lists;
import org.communs.portal.plugins.tasks.list.StatusRepository;
import org.communs.portal.plugins.tasks.member.MemberData;
import org.communs.portal.plugins.tasks.mywork.MyWork;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.space.SpaceRepository;
import org.communs.portal.plugins.tasks.space.Spaces;
import org.communs.portal.plugins.tasks.task.HistoryRepository;
import org.communs.portal.plugins.tasks.task.TaskEdits;
import org.communs.portal.plugins.tasks.task.TaskGate;
import org.communs.portal.plugins.tasks.task.TaskIndex;
import org.communs.portal.plugins.tasks.task.TaskNotices;
import org.communs.portal.plugins.tasks.task.TaskPeople;
import org.communs.portal.plugins.tasks.task.TaskPeopleRepository;
import org.communs.portal.plugins.tasks.task.TaskRecords;
import org.communs.portal.plugins.tasks.task.TaskRepository;
import org.communs.portal.plugins.tasks.task.TagRepository;
import org.communs.portal.plugins.tasks.task.Tags;
import org.communs.portal.plugins.tasks.task.TaskShares;
import org.communs.portal.plugins.tasks.task.Tasks;
import org.communs.portal.plugins.tasks.text.TasksTexts;

/**
 * Every service of the plugin, wired once by {@link #start}. Immutable; shared by every request
 * and background thread (each service borrows a connection per call).
 *
 * @param context    the portal's services for the plugin
 * @param texts      the plugin's texts, in the reader's language
 * @param spaces     spaces and their roles
 * @param lists      lists, folders and statuses
 * @param tasks      creating and reading tasks
 * @param edits      changing tasks
 * @param taskPeople assignees, watchers, shares
 * @param comments   comments and mentions
 * @param checklists the checklists of tasks
 * @param tags       the tags of tasks
 * @param attachments the files attached to tasks
 * @param records    tasks as records other plugins refer to
 * @param myWork     the member's assigned tasks by section
 * @param index      tasks in the portal's search
 * @param memberData personal data (GDPR)
 * @param clock      the present (UTC)
 */
public record TasksServices(PluginContext context, TasksTexts texts, Spaces spaces, Lists lists, Tasks tasks, TaskEdits edits,
                            TaskPeople taskPeople, Comments comments, Checklists checklists, Tags tags, Attachments attachments,
                            TaskRecords records, MyWork myWork, TaskIndex index, MemberData memberData, Clock clock) {

    /**
     * Builds the plugin's parts on the portal's services.
     *
     * @param context the portal's services
     * @param clock   the present, UTC ({@code Clock.systemUTC()} in the portal)
     * @return the services
     */
    public static TasksServices start(PluginContext context, Clock clock) {
        Database database = new Database(context.dataSource());
        People people = context.people();
        SpaceRepository spaceRows = new SpaceRepository();
        ListRepository listRows = new ListRepository();
        StatusRepository statusRows = new StatusRepository();
        TaskRepository taskRows = new TaskRepository();
        TaskPeopleRepository taskPeopleRows = new TaskPeopleRepository();
        TagRepository tagRows = new TagRepository();
        HistoryRepository historyRows = new HistoryRepository();
        CommentRepository commentRows = new CommentRepository();
        MentionRepository mentionRows = new MentionRepository();
        ChecklistRepository checklistRows = new ChecklistRepository();
        AttachmentRepository attachmentRows = new AttachmentRepository();

        SpaceGate spaceGate = new SpaceGate(database, people, spaceRows, context::enabledFor);
        spaceGate.useGuestPasses(new TaskShares(database, taskPeopleRows));
        Spaces spaces = new Spaces(database, spaceRows, spaceGate, people, context.audit(), clock);
        Lists lists = new Lists(database, listRows, statusRows, spaceGate, context.audit(), clock);
        TaskIndex index = new TaskIndex(database, taskRows, taskPeopleRows, listRows, spaceRows, spaceGate, context.search(),
                context.richText());
        spaces.useListener(index);
        lists.useListener(index);
        TaskGate taskGate = new TaskGate(database, taskRows, taskPeopleRows, lists);
        TaskNotices notices = new TaskNotices(context.notifications());
        TaskPeople taskPeople = new TaskPeople(database, taskRows, taskPeopleRows, historyRows, taskGate, spaceGate, people, notices,
                index, clock);
        Tasks tasks = new Tasks(database, taskRows, taskPeopleRows, tagRows, historyRows, statusRows, lists, taskGate, spaceGate,
                taskPeople, notices, index, people, context.richText(), clock);
        TaskEdits edits = new TaskEdits(database, taskRows, taskPeopleRows, historyRows, statusRows, lists, taskGate, spaceGate, notices,
                index, context.richText(), clock);
        Comments comments = new Comments(database, commentRows, mentionRows, historyRows, taskGate, spaceGate, taskPeopleRows, people,
                notices, clock);
        Tags tags = new Tags(database, tagRows, historyRows, taskGate, lists, clock);
        Attachments attachments = new Attachments(database, attachmentRows, historyRows, taskGate, context.blobs(), clock);
        Checklists checklists = new Checklists(database, checklistRows, historyRows, taskGate, clock);
        MyWork myWork = new MyWork(database, taskRows, taskPeopleRows, listRows, statusRows, spaceRows, spaceGate, clock);
        MemberData memberData = new MemberData(database, spaceRows, listRows, taskRows, taskPeopleRows, historyRows, commentRows,
                mentionRows, checklistRows, attachmentRows, attachments, index);
        TasksTexts texts = new TasksTexts(context.texts());
        return new TasksServices(context, texts, spaces, lists, tasks, edits, taskPeople, comments, checklists,
                tags, attachments, new TaskRecords(taskGate, spaceGate, texts), myWork, index, memberData, clock);
    }

    /**
     * @return the member of the current request, with their collectives
     * @throws AccessDeniedException when nobody is signed in (the portal signs requests in; this guards against a mistake)
     */
    public Person currentPerson() {
        PortalMember member = context.currentMember().orElseThrow(() -> new AccessDeniedException("nobody signed in"));
        return spaceGate().person(member);
    }

    /** @return the portal's members and collectives */
    public People people() {
        return context.people();
    }

    private SpaceGate spaceGate() {
        return spaces.gate();
    }
}
