package org.communs.portal.plugins.tasks.web;

import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.space.SeenSpace;
import org.communs.portal.plugins.tasks.space.Space;

/**
 * The page model {@code #{tasks}} of {@code index.xhtml}: the reader's spaces with their lists,
 * and the forms to create a space and a list. One per request.
 */
public class HomePage extends TasksPage {

    private List<SpaceCard> spaces;
    private List<CollectiveCard> collectives;
    private String spaceName;
    private String spaceKind;
    private Long spaceCollective;
    private Long listSpace;
    private String listName;

    public HomePage(TasksServices services) {
        super(services);
    }

    /** @return the spaces the reader sees, each with its lists (read once per request) */
    public List<SpaceCard> getSpaces() {
        if (spaces == null) {
            List<SpaceCard> cards = new ArrayList<>();
            for (SeenSpace seen : services.spaces().visibleTo(person())) {
                cards.add(new SpaceCard(seen, services.lists().visibleLists(person(), seen),
                        services.lists().foldersOf(person(), seen.space().id())));
            }
            spaces = cards;
        }
        return spaces;
    }

    /** @return the spaces where the reader may create lists (they own them, they are not archived) */
    public List<Space> getOwnedSpaces() {
        return getSpaces().stream().map(SpaceCard::seen).filter(SeenSpace::isManager)
                .map(SeenSpace::space).filter(space -> !space.archived()).toList();
    }

    /** @return the kinds of space the reader may create, with their names */
    public List<SelectItem> getKinds() {
        List<SelectItem> kinds = new ArrayList<>();
        if (person().insider()) {
            kinds.add(new SelectItem(SpaceKind.ORGANISATION.name(), text("space.kind.ORGANISATION")));
        }
        if (!getCollectives().isEmpty()) {
            kinds.add(new SelectItem(SpaceKind.COLLECTIVE.name(), text("space.kind.COLLECTIVE")));
        }
        kinds.add(new SelectItem(SpaceKind.PRIVATE.name(), text("space.kind.PRIVATE")));
        return kinds;
    }

    /** @return the collectives the reader may create a space for */
    public List<CollectiveCard> getCollectives() {
        if (collectives == null) {
            collectives = services.spaces().collectivesFor(person());
        }
        return collectives;
    }

    /** @return the kind's name in the reader's language */
    public String kindName(SpaceKind kind) {
        return text("space.kind." + kind.name());
    }

    /** @return the role's name in the reader's language */
    public String roleName(SeenSpace seen) {
        return text("role." + seen.access().role().name());
    }

    /** Creates the space of the form. */
    public void createSpace() {
        if (attempt(() -> {
            Space space = services.spaces().create(person(), spaceName,
                    spaceKind, SpaceKind.COLLECTIVE.name().equals(spaceKind) ? spaceCollective : null);
            confirm("space.created", space.name());
        })) {
            Pages.redirect("index.xhtml");
        }
    }

    /** Creates the list of the form. */
    public void createList() {
        Long space = listSpace;
        if (attempt(() -> {
            if (space == null) {
                throw new InvalidInputException("listSpace", "error.listSpace.missing");
            }
            TaskList list = services.lists().create(person(), space, listName, null);
            confirm("list.created", list.name());
        })) {
            Pages.redirect("index.xhtml");
        }
    }

    /** Archives a space (its owners); the id comes with the button. */
    public void archiveSpace(String spaceId) {
        Long id = Pages.id(spaceId);
        if (id != null && attempt(() -> services.spaces().archive(person(), id))) {
            confirm("space.archived");
            Pages.redirect("index.xhtml");
        }
    }

    /** Restores an archived space (its owners). */
    public void restoreSpace(String spaceId) {
        Long id = Pages.id(spaceId);
        if (id != null && attempt(() -> services.spaces().restore(person(), id))) {
            confirm("space.restored");
            Pages.redirect("index.xhtml");
        }
    }

    public String getSpaceName() {
        return spaceName;
    }

    public void setSpaceName(String spaceName) {
        this.spaceName = spaceName;
    }

    public String getSpaceKind() {
        return spaceKind;
    }

    public void setSpaceKind(String spaceKind) {
        this.spaceKind = spaceKind;
    }

    public Long getSpaceCollective() {
        return spaceCollective;
    }

    public void setSpaceCollective(Long spaceCollective) {
        this.spaceCollective = spaceCollective;
    }

    public Long getListSpace() {
        return listSpace;
    }

    public void setListSpace(Long listSpace) {
        this.listSpace = listSpace;
    }

    public String getListName() {
        return listName;
    }

    public void setListName(String listName) {
        this.listName = listName;
    }
}
