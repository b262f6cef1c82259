package org.communs.portal.benchmark;

import java.util.List;

/**
 * What a search found, reduced to what the result check compares across engines.
 *
 * @param total     results in all pages
 * @param pageNames the full names ("First Last") on the first page
 */
public record Found(long total, List<String> pageNames) {

    public Found {
        pageNames = List.copyOf(pageNames);
    }

    /** Whether a member with this last name is on the first page. */
    public boolean showsLastName(String lastName) {
        return pageNames.stream().anyMatch(name -> name.endsWith(" " + lastName));
    }
}
