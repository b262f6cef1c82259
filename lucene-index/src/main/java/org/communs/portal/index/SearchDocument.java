package org.communs.portal.index;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something the portal makes findable: a member profile, a collective, a document, a plugin's record.
 *
 * @param type       what it is ({@code member}, {@code collective}…), lower-case words and dashes
 * @param id         its id within the type
 * @param title      what a result shows first (a name, a title)
 * @param text       other searchable text by field name (skills, bio, content…); only what the
 *                   document's readers may see
 * @param visibility who may find it
 */
public record SearchDocument(String type, String id, String title, Map<String, String> text, Visibility visibility) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*");

    public SearchDocument {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Document type must be lower-case words: " + type);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(visibility, "visibility");
        text = text == null ? Map.of() : Map.copyOf(text);
    }

    /** The key the index stores it under: one entry per type and id. */
    String key() {
        return type + "/" + id;
    }
}
