package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.list.Folder;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.SeenSpace;

/**
 * A space on the home page, with its lists, in their folders.
 *
 * @param seen    the space and what the reader may do there
 * @param lists   its lists the reader sees, in order
 * @param folders its folders, in order
 */
public record SpaceCard(SeenSpace seen, List<TaskList> lists, List<Folder> folders) {

    public SpaceCard {
        lists = List.copyOf(lists);
        folders = List.copyOf(folders);
    }

    /** @return the lists in no folder */
    public List<TaskList> loose() {
        return lists.stream().filter(list -> list.folderId() == null || folders.stream().noneMatch(f -> f.id() == list.folderId()))
                .toList();
    }

    /** @return the folders holding a list the reader sees */
    public List<Folder> shownFolders() {
        return folders.stream().filter(folder -> !listsIn(folder).isEmpty()).toList();
    }

    /** @return the lists of a folder */
    public List<TaskList> listsIn(Folder folder) {
        return lists.stream().filter(list -> list.folderId() != null && list.folderId() == folder.id()).toList();
    }
}
