package org.communs.portal.plugins.tasks.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.attachment.Attachment;
import org.communs.portal.plugins.tasks.checklist.ChecklistItem;
import org.communs.portal.plugins.tasks.comment.Comment;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.rest.Json.AttachmentJson;
import org.communs.portal.plugins.tasks.rest.Json.ChecklistItemJson;
import org.communs.portal.plugins.tasks.rest.Json.CommentJson;
import org.communs.portal.plugins.tasks.rest.Json.ConflictJson;
import org.communs.portal.plugins.tasks.rest.Json.ErrorJson;
import org.communs.portal.plugins.tasks.rest.Json.ListJson;
import org.communs.portal.plugins.tasks.rest.Json.SpaceJson;
import org.communs.portal.plugins.tasks.rest.Json.StatusJson;
import org.communs.portal.plugins.tasks.rest.Json.TaskJson;
import org.communs.portal.plugins.tasks.rest.Json.TaskPageJson;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.StaleTaskException;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskChanges;
import org.communs.portal.plugins.tasks.task.TaskDetails;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.plugins.tasks.task.TaskFields;
import org.communs.portal.plugins.tasks.task.TaskFilter;
import org.communs.portal.plugins.tasks.task.TaskRow;
import org.communs.portal.plugins.tasks.task.TaskSlice;

/**
 * The plugin's REST API, served by the portal under {@code /api/v1/plugins/tasks/}: the class has no
 * {@code @Path}, only its methods do. Answers: 400 {@code {"error", "field"}} for bad input (in the
 * caller's language), 404 {@code {"error"}} for what does not exist or the caller may not see,
 * 403 (by the portal) for what they see but may not do, 409 {@code {"error", "current"}} for a
 * change made on an old version. {@code README.md} lists the calls with examples.
 */
public class TasksResource {

    private final TasksServices services;

    public TasksResource(TasksServices services) {
        this.services = services;
    }

    /** @return the spaces the caller sees */
    @GET
    @Path("spaces")
    @Produces(MediaType.APPLICATION_JSON)
    public Response spaces() {
        return answer(() -> Response.ok(services.spaces().visibleTo(person()).stream().map(SpaceJson::of).toList()).build());
    }

    /** Creates a space: {@code {"name", "kind", "collectiveId"}}; 201 with the space. */
    @POST
    @Path("spaces")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createSpace(JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            Person person = person();
            var space = services.spaces().create(person, body.text("name"), body.text("kind"), body.number("collectiveId"));
            return created(SpaceJson.of(services.spaces().open(person, space.id())));
        });
    }

    /** @return the lists of a space the caller sees */
    @GET
    @Path("spaces/{spaceId}/lists")
    @Produces(MediaType.APPLICATION_JSON)
    public Response lists(@PathParam("spaceId") long spaceId) {
        return answer(() -> Response.ok(services.lists().listsOf(person(), spaceId).stream().map(ListJson::of).toList()).build());
    }

    /** Creates a list with the default statuses (the space's owners): {@code {"name", "folderId"}}; 201 with the list. */
    @POST
    @Path("spaces/{spaceId}/lists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createList(@PathParam("spaceId") long spaceId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            return created(ListJson.of(services.lists().create(person(), spaceId, body.text("name"), body.number("folderId"))));
        });
    }

    /** Gives a member an explicit role in a space (its owners): {@code {"role": "READER"}}, or {@code {"role": null}} to remove it; 204. */
    @PUT
    @Path("spaces/{spaceId}/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setRole(@PathParam("spaceId") long spaceId, @PathParam("memberId") long memberId, JsonObject json) {
        return answer(() -> {
            services.spaces().setRole(person(), spaceId, memberId, new Body(json).text("role"));
            return Response.noContent().build();
        });
    }

    /** Archives or restores a space (its owners): {@code {"archived": true}}; 204. Archived, it is read-only. */
    @PUT
    @Path("spaces/{spaceId}/archived")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setSpaceArchived(@PathParam("spaceId") long spaceId, JsonObject json) {
        return answer(() -> {
            if (new Body(json).requiredFlag("archived")) {
                services.spaces().archive(person(), spaceId);
            } else {
                services.spaces().restore(person(), spaceId);
            }
            return Response.noContent().build();
        });
    }

    /** @return a list's statuses, in workflow order */
    @GET
    @Path("lists/{listId}/statuses")
    @Produces(MediaType.APPLICATION_JSON)
    public Response statuses(@PathParam("listId") long listId) {
        return answer(() -> Response.ok(services.lists().statuses(person(), listId).stream().map(StatusJson::of).toList()).build());
    }

    /** Adds a status to a list (the space's owners): {@code {"name", "colour", "category"}}; 201 with the status. */
    @POST
    @Path("lists/{listId}/statuses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addStatus(@PathParam("listId") long listId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            return created(StatusJson.of(services.lists().addStatus(person(), listId, body.text("name"), body.text("colour"),
                    body.text("category"))));
        });
    }

    /**
     * A page of a list's tasks that are not archived, flat (subtasks carry {@code parentId}).
     *
     * @param status   only this status
     * @param assignee only tasks assigned to this member
     * @param priority only this priority
     * @param words    only tasks whose title or description holds these words
     * @param tag      only tasks with this tag
     * @param dueFrom  only tasks due on this day ({@code 2026-03-10}) or later
     * @param dueTo    only tasks due on this day or sooner
     * @param page     from 0
     * @param size     1 to 200 (default 50)
     */
    @GET
    @Path("lists/{listId}/tasks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response tasks(@PathParam("listId") long listId, @QueryParam("status") Long status, @QueryParam("assignee") Long assignee,
                          @QueryParam("priority") String priority, @QueryParam("q") String words, @QueryParam("tag") String tag,
                          @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                          @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return answer(() -> {
            Priority wanted = priority == null || priority.isBlank() ? null : TaskFields.priority(priority);
            TaskFilter filter = new TaskFilter(status, assignee, wanted, words, tag, TaskFields.date("dueFrom", dueFrom),
                    TaskFields.date("dueTo", dueTo));
            TaskSlice slice = services.tasks().slice(person(), listId, filter, page, size);
            List<TaskJson> items = slice.rows().stream().map(TasksResource::json).toList();
            return Response.ok(new TaskPageJson(items, slice.page(), slice.size(), slice.hasMore())).build();
        });
    }

    /**
     * Creates a task: {@code {"title", "description", "statusId", "priority", "assignees": [ids],
     * "startDate", "dueDate", "dueTime", "parentId"}} (only the title is required); 201 with the task.
     */
    @POST
    @Path("lists/{listId}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createTask(@PathParam("listId") long listId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            TaskDraft draft = TaskDraft.checked(body.text("title"), body.text("description"), body.number("statusId"),
                    body.text("priority"), body.text("startDate"), body.text("dueDate"), body.text("dueTime"), body.ids("assignees"),
                    body.number("parentId"));
            Person person = person();
            Task task = services.tasks().create(person, listId, draft);
            return Response.status(Response.Status.CREATED).entity(detailsJson(services.tasks().details(person, task.id()))).build();
        });
    }

    /** @return a task with its subtasks */
    @GET
    @Path("tasks/{taskId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response task(@PathParam("taskId") long taskId) {
        return answer(() -> Response.ok(detailsJson(services.tasks().details(person(), taskId))).build());
    }

    /**
     * Changes a task's fields: {@code {"version": 3, "title": …, "priority": null, …}}; the fields
     * present change (null clears), the others stay. {@code version} is the one read: an older one
     * is a 409 with the task as it is now.
     */
    @PATCH
    @Path("tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("taskId") long taskId, JsonObject json) {
        return edit(taskId, json);
    }

    /**
     * The same as {@link #patch}, by POST: the portal routes plugins' calls for GET, POST, PUT and
     * DELETE only (API 1.1), so PATCH does not reach the plugin yet.
     */
    @POST
    @Path("tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            Integer version = body.version("version");
            if (version == null) {
                throw new InvalidInputException("version", "error.version.missing");
            }
            TaskChanges changes = TaskChanges.none();
            changes = body.has("title") ? changes.withTitle(body.text("title")) : changes;
            changes = body.has("description") ? changes.withDescription(body.text("description")) : changes;
            changes = body.has("statusId") ? changes.withStatus(body.number("statusId")) : changes;
            changes = body.has("priority") ? changes.withPriority(body.text("priority")) : changes;
            changes = body.has("startDate") ? changes.withStartDate(body.text("startDate")) : changes;
            changes = body.has("dueDate") ? changes.withDueDate(body.text("dueDate")) : changes;
            changes = body.has("dueTime") ? changes.withDueTime(body.text("dueTime")) : changes;
            Person person = person();
            services.edits().edit(person, taskId, version, changes);
            return Response.ok(detailsJson(services.tasks().details(person, taskId))).build();
        });
    }

    /** Sets a task's status: {@code {"statusId": 12, "version": 3}} ({@code version} optional); 200 with the task. */
    @PUT
    @Path("tasks/{taskId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setStatus(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            Long statusId = body.number("statusId");
            if (statusId == null) {
                throw new InvalidInputException("statusId", "error.status.unknown");
            }
            Integer version = body.version("version");
            Person person = person();
            services.edits().setStatus(person, taskId, statusId, version);
            return Response.ok(detailsJson(services.tasks().details(person, taskId))).build();
        });
    }

    /** Sets a task's assignees: {@code {"assignees": [7, 12]}}; 200 with the task. */
    @PUT
    @Path("tasks/{taskId}/assignees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setAssignees(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            List<Long> assignees = new Body(json).ids("assignees");
            Person person = person();
            services.taskPeople().setAssignees(person, taskId, assignees == null ? List.of() : assignees);
            return Response.ok(detailsJson(services.tasks().details(person, taskId))).build();
        });
    }

    /** Moves a task (with its subtasks) to another list: {@code {"listId": 5}}; 200 with the task. */
    @PUT
    @Path("tasks/{taskId}/list")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            Long listId = new Body(json).number("listId");
            if (listId == null) {
                throw new NotFoundException("list");
            }
            Person person = person();
            services.edits().move(person, taskId, listId);
            return Response.ok(detailsJson(services.tasks().details(person, taskId))).build();
        });
    }

    /** Archives or restores a task (with its subtasks): {@code {"archived": true}}; 200 with the task. */
    @PUT
    @Path("tasks/{taskId}/archived")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setArchived(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            boolean archived = new Body(json).requiredFlag("archived");
            Person person = person();
            if (archived) {
                services.edits().archive(person, taskId);
            } else {
                services.edits().restore(person, taskId);
            }
            return Response.ok(detailsJson(services.tasks().details(person, taskId))).build();
        });
    }

    /** @return a task's comments, oldest first (deleted ones with an empty body and {@code deleted: true}) */
    @GET
    @Path("tasks/{taskId}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response comments(@PathParam("taskId") long taskId) {
        return answer(() -> {
            List<Comment> comments = services.comments().ofTask(person(), taskId);
            Map<Long, String> names = names(comments.stream().map(Comment::authorId).collect(Collectors.toSet()));
            return Response.ok(comments.stream().map(comment -> CommentJson.of(comment, name(names, comment.authorId()))).toList())
                    .build();
        });
    }

    /** Comments on a task: {@code {"body": "Merci @Camille Martin"}}; mentions are told; 201 with the comment. */
    @POST
    @Path("tasks/{taskId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> {
            Person person = person();
            Comment comment = services.comments().add(person, taskId, new Body(json).text("body"));
            return created(CommentJson.of(comment, person.name()));
        });
    }

    /** Tags a task: {@code {"tag"}}; 200 with its tags (alphabetically). A tag it has already changes nothing. */
    @POST
    @Path("tasks/{taskId}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addTag(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> Response.ok(services.tags().add(person(), taskId, new Body(json).text("tag"))).build());
    }

    /** Takes a tag off a task; 200 with its tags. */
    @DELETE
    @Path("tasks/{taskId}/tags/{tag}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response removeTag(@PathParam("taskId") long taskId, @PathParam("tag") String tag) {
        return answer(() -> Response.ok(services.tags().remove(person(), taskId, tag)).build());
    }

    /** @return a task's attachments, oldest first */
    @GET
    @Path("tasks/{taskId}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response attachments(@PathParam("taskId") long taskId) {
        return answer(() -> Response.ok(services.attachments().of(person(), taskId).stream().map(AttachmentJson::of).toList()).build());
    }

    /**
     * Attaches a file: the body is its content, {@code ?name=} its file name, its type
     * {@code ?type=} or else {@code Content-Type} (the portal refuses the types of HTML forms as an
     * API body, {@code text/plain} among them: send such a file as {@code application/octet-stream}
     * with {@code ?type=text/plain}); 201 with the attachment.
     */
    @POST
    @Path("tasks/{taskId}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("taskId") long taskId, @QueryParam("name") String name, @QueryParam("type") String type,
                           @HeaderParam("Content-Type") String contentType, InputStream content) {
        String fileType = type == null || type.isBlank() ? contentType : type;
        return answer(() -> created(AttachmentJson.of(services.attachments().attach(person(), taskId, name, fileType, content))));
    }

    /**
     * An attachment's content, always as a download: a file a member uploaded never runs as a page
     * of the portal (only images, PDF and plain text keep their type; nothing is sniffed).
     */
    @GET
    @Path("attachments/{attachmentId}")
    public Response download(@PathParam("attachmentId") long attachmentId) {
        return answer(() -> {
            Person person = person();
            Attachment attachment = services.attachments().find(person, attachmentId);
            InputStream content;
            try {
                content = services.attachments().open(person, attachmentId);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            String encoded = URLEncoder.encode(attachment.name(), StandardCharsets.UTF_8).replace("+", "%20");
            return Response.ok(content)
                    .type(Downloads.safeType(attachment.contentType()))
                    .header("Content-Disposition", "attachment; filename=\"" + Downloads.asciiName(attachment.name())
                            + "\"; filename*=UTF-8''" + encoded)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox")
                    .header("Content-Length", attachment.sizeBytes())
                    .build();
        });
    }

    /** Removes an attachment; 204. */
    @DELETE
    @Path("attachments/{attachmentId}")
    public Response removeAttachment(@PathParam("attachmentId") long attachmentId) {
        return answer(() -> {
            services.attachments().remove(person(), attachmentId);
            return Response.noContent().build();
        });
    }

    /** @return a task's checklist, in order */
    @GET
    @Path("tasks/{taskId}/checklist")
    @Produces(MediaType.APPLICATION_JSON)
    public Response checklist(@PathParam("taskId") long taskId) {
        return answer(() -> Response.ok(services.checklists().of(person(), taskId).stream().map(ChecklistItemJson::of).toList()).build());
    }

    /** Adds a step at the end of a task's checklist: {@code {"text"}}; 201 with the step. */
    @POST
    @Path("tasks/{taskId}/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addStep(@PathParam("taskId") long taskId, JsonObject json) {
        return answer(() -> created(ChecklistItemJson.of(services.checklists().add(person(), taskId, new Body(json).text("text")))));
    }

    /** Changes a step: {@code {"text", "done"}}, each optional; 200 with the step. */
    @PATCH
    @Path("checklist/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeStep(@PathParam("itemId") long itemId, JsonObject json) {
        return answer(() -> {
            Body body = new Body(json);
            Person person = person();
            // Both read before either is written: a "done" of the wrong type does not leave a renamed step.
            Boolean done = body.flag("done");
            String text = body.has("text") ? body.text("text") : null;
            ChecklistItem item = services.checklists().item(person, itemId);
            if (text != null) {
                item = services.checklists().rename(person, itemId, text);
            }
            if (done != null) {
                item = services.checklists().setDone(person, itemId, done);
            }
            return Response.ok(ChecklistItemJson.of(item)).build();
        });
    }

    /** Removes a step; 204. */
    @DELETE
    @Path("checklist/{itemId}")
    public Response removeStep(@PathParam("itemId") long itemId) {
        return answer(() -> {
            services.checklists().remove(person(), itemId);
            return Response.noContent().build();
        });
    }

    private Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (NotFoundException missing) {
            return error(Response.Status.NOT_FOUND, new ErrorJson(services.texts().explain(missing), null));
        } catch (InvalidInputException invalid) {
            return error(Response.Status.BAD_REQUEST, new ErrorJson(services.texts().explain(invalid), invalid.field()));
        } catch (StaleTaskException stale) {
            Task current = stale.current();
            TaskJson now = json(services.tasks().details(person(), current.id()));
            return error(Response.Status.CONFLICT, new ConflictJson(services.texts().explain(stale), now));
        }
    }

    private static Response error(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    private Person person() {
        return services.currentPerson();
    }

    private Map<Long, String> names(Set<Long> ids) {
        Set<Long> known = new HashSet<>(ids);
        known.remove(null);
        Map<Long, String> names = new HashMap<>();
        for (MemberCard member : services.people().members(known)) {
            names.put(member.id(), member.displayName());
        }
        return names;
    }

    private String name(Map<Long, String> names, Long memberId) {
        return memberId == null ? services.texts().text("member.anonymous")
                : names.getOrDefault(memberId, services.texts().text("member.anonymous"));
    }

    private static TaskJson json(TaskRow row) {
        return TaskJson.of(row.task(), row.status(), row.assignees(), null, row.tags());
    }

    private static TaskJson json(TaskDetails details) {
        return TaskJson.of(details.task(), details.status(), details.assignees(), null, details.tags());
    }

    private static TaskJson detailsJson(TaskDetails details) {
        List<TaskJson> subtasks = details.subtasks().stream().map(TasksResource::json).toList();
        return TaskJson.of(details.task(), details.status(), details.assignees(), subtasks, details.tags());
    }
}
