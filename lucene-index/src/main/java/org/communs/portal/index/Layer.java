package org.communs.portal.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A part of a document with its own readers, for documents whose fields are not all seen by the
 * same people (a member's profile: name for everyone, phone for their collectives, the rest for
 * admins). The layers of a document are nested: the readers of a layer also see every layer before
 * it, so each reader finds the document through exactly the fields they may see, and never through
 * a hidden one.
 *
 * @param audience the readers this layer adds ({@link Visibility#noOneMore()} when its fields are
 *                 only for the readers of later layers)
 * @param text     searchable and highlightable text by field name
 * @param facets   values to count and filter by, by facet name ({@code skill}, {@code town}…)
 * @param location where it is, or null
 */
public record Layer(Visibility audience, Map<String, String> text, Map<String, Set<String>> facets, GeoPoint location) {

    public Layer {
        text = Map.copyOf(text);
        facets = Map.copyOf(facets);
        facets.keySet().forEach(Layer::checkName);
        text.keySet().forEach(Layer::checkName);
    }

    /** An empty layer for these readers; add to it with the {@code with…} methods. */
    public static Layer visibleTo(Visibility audience) {
        return new Layer(audience, Map.of(), Map.of(), null);
    }

    public Layer withText(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> more = new HashMap<>(text);
        more.merge(field, value, (before, after) -> before + "\n" + after);
        return new Layer(audience, more, facets, location);
    }

    public Layer withFacet(String facet, Iterable<String> values) {
        Map<String, Set<String>> more = new HashMap<>(facets);
        Set<String> all = new LinkedHashSet<>(facets.getOrDefault(facet, Set.of()));
        values.forEach(value -> {
            if (value != null && !value.isBlank()) {
                all.add(value.strip());
            }
        });
        if (!all.isEmpty()) {
            more.put(facet, Set.copyOf(all));
        }
        return new Layer(audience, text, more, location);
    }

    public Layer at(GeoPoint where) {
        return new Layer(audience, text, facets, where);
    }

    private static void checkName(String name) {
        if (!SearchDocument.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Field and facet names must be lower-case words: " + name);
        }
    }
}
