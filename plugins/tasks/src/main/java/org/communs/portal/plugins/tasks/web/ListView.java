package org.communs.portal.plugins.tasks.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Optional;
import org.communs.portal.api.plugin.ViewModel;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.SeenList;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.Space;
import org.communs.portal.plugins.tasks.task.TaskDraft;

/**
 * What the list and board pages share: the list named by {@code ?id=}, kept with the view (a
 * {@link ViewModel}, for PrimeFaces' ajax), read again at each request; the status change of a
 * row or a card.
 */
public abstract class ListView extends TasksPage implements ViewModel {

    private final Long listId;
    private final PerRequest<Optional<SeenList>> list = new PerRequest<>();
    private final PerRequest<List<Status>> statuses = new PerRequest<>();

    protected ListView(TasksServices services) {
        super(services);
        this.listId = Pages.idParam("id");
    }

    /** @return the list's id, as the page was opened with */
    public Long getId() {
        return listId;
    }

    /** @return whether the list exists and the reader sees it (else the page says it was not found, with a 404) */
    public boolean isFound() {
        boolean found = seen().isPresent();
        if (!found) {
            notFound();
        }
        return found;
    }

    /** @return the list as the reader sees it */
    public SeenList getList() {
        return seen().orElseThrow(() -> new NotFoundException("list"));
    }

    /** @return the list's space */
    public Space getSpace() {
        return getList().space().space();
    }

    /** @return whether the reader may add and change tasks here (to show the controls; actions check again) */
    public boolean isWritable() {
        return seen().map(SeenList::isWritable).orElse(false);
    }

    /** @return whether the reader owns the list's space (its settings are for them; actions check again) */
    public boolean isManager() {
        return seen().map(found -> found.space().isManager()).orElse(false);
    }

    /** @return the list's statuses, in workflow order */
    public List<Status> getStatuses() {
        return statuses.get(() -> seen().map(found -> services.lists().statuses(person(), found.list().id())).orElse(List.of()));
    }

    /** Changes a task's status: called by the page's script with {@code taskId} and {@code statusId}. */
    public void changeStatus() {
        Long taskId = Pages.idParam("taskId");
        Long statusId = Pages.idParam("statusId");
        if (taskId == null || statusId == null) {
            return;
        }
        if (attempt(() -> services.edits().setStatus(person(), taskId, statusId, null))) {
            confirm("task.statusChanged");
        }
        forget();
    }

    /** Adds a task with just its title (quick add), to the list's first status unless a status is given. */
    protected boolean add(String title, Long statusId) {
        return attempt(() -> {
            var draft = TaskDraft.checked(title, null, statusId, null, null, null, null, List.of(), null);
            services.tasks().create(person(), getList().list().id(), draft);
            forget();
        });
    }

    /** Forgets what was read in this request, after a change. */
    protected void forget() {
        statuses.clear();
    }

    private Optional<SeenList> seen() {
        return list.get(() -> {
            if (listId == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(services.lists().open(person(), listId));
            } catch (NotFoundException hidden) {
                return Optional.empty();
            }
        });
    }

    /** Answers 404 for a page whose object is missing or hidden, as the REST API does (while the response can still say so). */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }
}
