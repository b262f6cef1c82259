package org.communs.portal.api.record;

import java.util.Objects;

/**
 * What a reader may see of a referenced record: enough to show a link to it.
 *
 * @param title its title, as its plugin shows it to that reader
 * @param path  where it opens, relative to the portal's root ({@code /plugins/crm/client.xhtml?id=42})
 * @param kind  what it is, in the reader's language ("Client", "Tâche"), for a label or an icon's title
 */
public record RecordView(String title, String path, String kind) {

    /** @throws IllegalArgumentException for a path that does not start with a slash (another site's address) */
    public RecordView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A record's path is relative to the portal's root: " + path);
        }
    }
}
