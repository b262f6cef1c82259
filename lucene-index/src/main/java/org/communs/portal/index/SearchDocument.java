package org.communs.portal.index;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something the portal makes findable: a member profile, a collective, a document, a plugin's record.
 *
 * @param type    what it is ({@code member}, {@code collective}…), lower-case words and dashes
 * @param id      its id within the type
 * @param title   what a result shows first (a name, a title), seen by the readers of the first layer
 * @param sortKey what "sort by name" orders by (for a person, the last name first)
 * @param layers  its content and who sees which part, widest audience first (see {@link Layer})
 * @param link    where a result leads, stored and given back in its {@link SearchHit}, or null
 *                (features that know their own pages leave it out)
 */
public record SearchDocument(String type, String id, String title, String sortKey, List<Layer> layers, String link) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public SearchDocument {
        if (type == null || !NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("Document type must be lower-case words: " + type);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sortKey = sortKey == null ? title : sortKey;
        layers = List.copyOf(layers);
        if (layers.isEmpty() || layers.getFirst().audience().isEmpty()) {
            throw new IllegalArgumentException("A document must be visible to someone");
        }
        Set<String> seen = new HashSet<>();
        for (Layer layer : layers) {
            for (String grant : layer.audience().grants()) {
                if (!seen.add(grant)) {
                    // A reader in two layers would find the document twice, once with less than they may see.
                    throw new IllegalArgumentException("Grant " + grant + " is given by two layers of " + type + "/" + id);
                }
            }
        }
    }

    /** A document without a stored link. */
    public SearchDocument(String type, String id, String title, String sortKey, List<Layer> layers) {
        this(type, id, title, sortKey, layers, null);
    }

    /** A document that everyone who may find it sees whole. */
    public SearchDocument(String type, String id, String title, Map<String, String> text, Visibility visibility) {
        this(type, id, title, title, List.of(withText(Layer.visibleTo(visibility), text)));
    }

    private static Layer withText(Layer layer, Map<String, String> text) {
        Layer filled = layer;
        for (var field : text.entrySet()) {
            filled = filled.withText(field.getKey(), field.getValue());
        }
        return filled;
    }

    /** The key the index stores it under: one entry per type and id. */
    String key() {
        return type + "/" + id;
    }
}
