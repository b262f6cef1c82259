package org.communs.portal.api.plugin;

/**
 * The portal's single search index, as a plugin feeds it. Entries are typed {@code <id>:<type>}
 * in the index, so two plugins never collide; the portal's search page lists them with a link.
 */
public interface PluginSearch {

    /** @param entry added, or replacing the entry of the same type and id; searchable within a second */
    void index(SearchEntry entry);

    /**
     * @param type the entry's type, as given in {@link SearchEntry#type()}
     * @param id   the entry's id
     */
    void delete(String type, String id);
}
