package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.SeenSpace;

/**
 * A space on the home page, with its lists.
 *
 * @param seen  the space and what the reader may do there
 * @param lists its lists the reader sees
 */
public record SpaceCard(SeenSpace seen, List<TaskList> lists) {
}
