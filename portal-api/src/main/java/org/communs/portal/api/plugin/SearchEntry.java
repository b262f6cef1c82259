package org.communs.portal.api.plugin;

import java.util.Objects;

/**
 * Something a plugin puts in the portal's search.
 *
 * @param type     the kind of entry, unique in the plugin (lower-case letters), such as {@code link}
 * @param id       its id within that type
 * @param title    what the results list shows
 * @param text     the words it is found by
 * @param path     where the result leads, relative to the portal root ({@code /plugins/links/index.xhtml})
 * @param audience who may find it
 */
public record SearchEntry(String type, String id, String title, String text, String path, Audience audience) {

    /** @throws IllegalArgumentException when a part is missing or the path leaves the portal */
    public SearchEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        text = text == null ? "" : text;
        if (!type.matches("[a-z]{1,30}")) {
            throw new IllegalArgumentException("A search entry type is 1 to 30 lower-case letters: " + type);
        }
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A search entry path is relative to the portal root: " + path);
        }
    }
}
