package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Folder;
import org.communs.portal.plugins.tasks.list.StatusCategory;

/**
 * The page model {@code #{tasksListSettings}} of {@code settings.xhtml?id=N}, for the space's
 * owners: the list's name, its folder (or a new one), its statuses (name, colour, category; a new
 * one), archive and restore. Each form posts, then the page is shown again with what was saved.
 */
public class ListSettingsPage extends ListView {

    private final PerRequest<List<Folder>> folders = new PerRequest<>();

    public ListSettingsPage(TasksServices services) {
        super(services);
    }

    /** @return the space's folders */
    public List<Folder> getFolders() {
        return folders.get(() -> services.lists().foldersOf(person(), getSpace().id()));
    }

    /** @return the categories a status may have, in order */
    public StatusCategory[] getCategories() {
        return StatusCategory.values();
    }

    /** @return a category's name in the reader's language */
    public String categoryName(StatusCategory category) {
        return text("category." + category.name());
    }

    /** Renames the list ({@code list-name}). */
    public void rename() {
        String name = Pages.param("list-name");
        saved(() -> services.lists().rename(person(), getId(), name));
    }

    /** Puts the list in the folder of {@code list-folder} (none when empty), or a new one named {@code folder-name}. */
    public void file() {
        String newFolder = Pages.param("folder-name");
        Long folderId = Pages.idParam("list-folder");
        saved(() -> {
            Long target = folderId;
            if (newFolder != null && !newFolder.isBlank()) {
                target = services.lists().createFolder(person(), getSpace().id(), newFolder).id();
            }
            services.lists().moveToFolder(person(), getId(), target);
        });
    }

    /** Saves one status: {@code statusId}, and its {@code status-name-N}, {@code status-colour-N}, {@code status-category-N}. */
    public void saveStatus() {
        Long statusId = Pages.idParam("statusId");
        if (statusId == null) {
            return;
        }
        String name = Pages.param("status-name-" + statusId);
        String colour = Pages.param("status-colour-" + statusId);
        String category = Pages.param("status-category-" + statusId);
        saved(() -> services.lists().editStatus(person(), statusId, name, colour, category));
    }

    /** Moves a status one place up ({@code statusId}, {@code up=true}) or down. */
    public void moveStatus() {
        Long statusId = Pages.idParam("statusId");
        boolean up = Boolean.parseBoolean(Pages.param("up"));
        if (statusId != null) {
            saved(() -> services.lists().reorderStatus(person(), statusId, up));
        }
    }

    /** Deletes a status ({@code statusId}); its tasks take another of the same category. */
    public void deleteStatus() {
        Long statusId = Pages.idParam("statusId");
        if (statusId != null) {
            saved(() -> services.lists().deleteStatus(person(), statusId));
        }
    }

    /** Adds a status at the end of the workflow ({@code new-status-name}, {@code -colour}, {@code -category}). */
    public void addStatus() {
        String name = Pages.param("new-status-name");
        String colour = Pages.param("new-status-colour");
        String category = Pages.param("new-status-category");
        saved(() -> services.lists().addStatus(person(), getId(), name, colour, category));
    }

    /** Archives the list: its tasks read-only, out of boards and searches; restorable. */
    public void archive() {
        saved(() -> services.lists().archive(person(), getId()));
    }

    /** Restores the archived list. */
    public void restore() {
        saved(() -> services.lists().restore(person(), getId()));
    }

    private void saved(Runnable change) {
        if (attempt(change)) {
            confirm("settings.saved");
            Pages.redirect("settings.xhtml?id=" + getId());
        }
        forget();
    }

    @Override
    protected void forget() {
        super.forget();
        folders.clear();
    }
}
