package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.Optional;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.plugin.ViewModel;
import org.communs.portal.plugins.tasks.access.SpaceRole;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Folder;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SeenSpace;
import org.communs.portal.plugins.tasks.space.SpaceMemberView;

/**
 * The page model {@code #{tasksSpace}} of {@code space.xhtml?id=N}, for the space's owners: its
 * name, and who has a role in it other than the one its kind gives (a guest invited, a reader, a
 * second owner): add, change, take back. Each form posts, then the page is shown again.
 */
public class SpaceSettingsPage extends TasksPage implements ViewModel {

    private final Long spaceId;
    private final PerRequest<Optional<SeenSpace>> space = new PerRequest<>();
    private final PerRequest<List<SpaceMemberView>> members = new PerRequest<>();
    private final PerRequest<List<TaskList>> lists = new PerRequest<>();
    private final PerRequest<List<Folder>> folders = new PerRequest<>();
    private MemberCard newMember;

    public SpaceSettingsPage(TasksServices services) {
        super(services);
        this.spaceId = Pages.idParam("id");
    }

    /** @return the space's id, as the page was opened with */
    public Long getId() {
        return spaceId;
    }

    /** @return whether the space exists and the reader sees it (else 404) */
    public boolean isFound() {
        boolean found = seen().isPresent();
        if (!found) {
            ListView.notFound();
        }
        return found;
    }

    /** @return the space as the reader sees it */
    public SeenSpace getSpace() {
        return seen().orElseThrow(() -> new NotFoundException("space"));
    }

    /** @return whether the reader owns the space (the forms are for them; actions check again) */
    public boolean isManager() {
        return seen().map(SeenSpace::isManager).orElse(false);
    }

    /** @return the members with a role of their own in the space, by name */
    public List<SpaceMemberView> getMembers() {
        return members.get(() -> services.spaces().explicitMembers(person(), spaceId));
    }

    /** @return the space's lists, in order (archived ones included: the page is its owners') */
    public List<TaskList> getLists() {
        return lists.get(() -> services.lists().visibleLists(person(), getSpace()));
    }

    /** @return the space's folders */
    public List<Folder> getFolders() {
        return folders.get(() -> services.lists().foldersOf(person(), spaceId));
    }

    /** Moves a list one place up ({@code listId}, {@code up=true}) or down. */
    public void moveList() {
        Long listId = Pages.idParam("listId");
        boolean up = Boolean.parseBoolean(Pages.param("up"));
        if (listId != null) {
            saved(() -> services.lists().reorder(person(), listId, up));
        }
    }

    /** Renames a folder: {@code folderId}, and its {@code folder-name-N}. */
    public void renameFolder() {
        Long folderId = Pages.idParam("folderId");
        if (folderId != null) {
            String name = Pages.param("folder-name-" + folderId);
            saved(() -> services.lists().renameFolder(person(), folderId, name));
        }
    }

    /** Removes a folder ({@code folderId}); its lists stay, without a folder. */
    public void removeFolder() {
        Long folderId = Pages.idParam("folderId");
        if (folderId != null) {
            saved(() -> services.lists().removeFolder(person(), folderId));
        }
    }

    /** @return the roles an owner may give */
    public SpaceRole[] getRoles() {
        return SpaceRole.values();
    }

    /** @return a role's name in the reader's language */
    public String roleLabel(SpaceRole role) {
        return text("role." + role.name());
    }

    /** Renames the space ({@code space-name}). */
    public void rename() {
        String name = Pages.param("space-name");
        saved(() -> services.spaces().rename(person(), spaceId, name));
    }

    /** Gives the member picked the role of {@code new-role}. */
    public void addMember() {
        MemberCard picked = newMember;
        if (picked == null) {
            Pages.show(FacesMessage.SEVERITY_ERROR, text("spaceSettings.member.missing"));
            return;
        }
        String role = Pages.param("new-role");
        saved(() -> services.spaces().setRole(person(), spaceId, picked.id(), role));
        newMember = null;
    }

    /** Changes a member's role: {@code memberId}, and its {@code role-N}. */
    public void changeRole() {
        Long memberId = Pages.idParam("memberId");
        if (memberId != null) {
            String role = Pages.param("role-" + memberId);
            saved(() -> services.spaces().setRole(person(), spaceId, memberId, role));
        }
    }

    /** Takes a member's own role back ({@code memberId}): they keep only what the space's kind gives them. */
    public void removeMember() {
        Long memberId = Pages.idParam("memberId");
        if (memberId != null) {
            saved(() -> services.spaces().setRole(person(), spaceId, memberId, null));
        }
    }

    public MemberCard getNewMember() {
        return newMember;
    }

    public void setNewMember(MemberCard newMember) {
        this.newMember = newMember;
    }

    private void saved(Runnable change) {
        if (attempt(change)) {
            confirm("settings.saved");
            Pages.redirect("space.xhtml?id=" + spaceId);
        }
        space.clear();
        members.clear();
        lists.clear();
        folders.clear();
    }

    private Optional<SeenSpace> seen() {
        return space.get(() -> {
            if (spaceId == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(services.spaces().open(person(), spaceId));
            } catch (NotFoundException hidden) {
                return Optional.empty();
            }
        });
    }
}
