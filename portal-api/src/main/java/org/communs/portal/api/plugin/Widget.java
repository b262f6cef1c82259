package org.communs.portal.api.plugin;

import java.util.Objects;

/**
 * A box a plugin adds to the home page: a Facelets fragment of the plugin, shown under a title.
 *
 * @param id       unique within the plugin: lower-case letters, digits and dashes
 * @param bundle   base name of the resource bundle holding the title
 * @param titleKey key of the title in that bundle
 * @param fragment the fragment, such as {@code /plugins/links/widget.xhtml} (a
 *                 {@code ui:composition} without template)
 * @param position ascending order among the home page's widgets
 */
public record Widget(String id, String bundle, String titleKey, String fragment, int position) {

    /** @throws IllegalArgumentException when the id is malformed or the fragment is not a plugin page */
    public Widget {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(titleKey, "titleKey");
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A widget id is lower-case words joined by dashes: " + id);
        }
        if (fragment == null || !fragment.startsWith("/plugins/") || fragment.contains("..") || !fragment.endsWith(".xhtml")) {
            throw new IllegalArgumentException("A widget fragment is a page of the plugin (/plugins/<id>/….xhtml): " + fragment);
        }
    }
}
