package org.communs.portal.index;

import java.util.List;

/**
 * A field of a result with the words that matched the query marked, cut to an excerpt when long.
 * The parts are plain text: whoever shows them escapes them.
 *
 * @param field the field's name ({@code title} or a layer's text field)
 * @param parts the excerpt, in order
 */
public record Highlight(String field, List<Part> parts) {

    public Highlight {
        parts = List.copyOf(parts);
    }

    /**
     * @param text  a piece of the excerpt
     * @param match whether it is a word that matched
     */
    public record Part(String text, boolean match) {
    }

    /** The excerpt as plain text. */
    public String text() {
        StringBuilder all = new StringBuilder();
        parts.forEach(part -> all.append(part.text()));
        return all.toString();
    }
}
