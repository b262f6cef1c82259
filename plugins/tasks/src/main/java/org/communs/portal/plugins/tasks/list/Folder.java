package org.communs.portal.plugins.tasks.list;

import java.time.Instant;

/**
 * A folder grouping lists of a space (optional).
 *
 * @param id         its id
 * @param spaceId    its space
 * @param name       its name
 * @param position   its rank in the space
 * @param archivedAt when it was archived, or null
 */
public record Folder(long id, long spaceId, String name, int position, Instant archivedAt) {
}
