package org.communs.portal.api.people;

import java.util.Objects;

/**
 * A collective as a plugin names it.
 *
 * @param id       the collective's id
 * @param name     its name
 * @param archived true when admins archived it: kept on past records, offered for nothing new
 */
public record CollectiveCard(long id, String name, boolean archived) {

    /** @throws NullPointerException if the name is missing */
    public CollectiveCard {
        Objects.requireNonNull(name, "name");
    }
}
