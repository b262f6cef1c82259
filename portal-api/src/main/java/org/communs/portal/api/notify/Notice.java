package org.communs.portal.api.notify;

import java.util.List;
import java.util.Objects;

/**
 * One notification: its text is written when the member reads it, in their language, from the
 * plugin's bundle; arguments fill the text's {@code {0}}, {@code {1}}… (names, titles: plain text,
 * escaped by the portal).
 *
 * @param kind      one of the kinds the plugin declared
 * @param bundle    the plugin's resource bundle holding the text
 * @param textKey   the text's key ("{0} vous a assigné « {1} »")
 * @param arguments the text's arguments, at most 5, each at most 200 characters (longer ones are shortened)
 * @param path      where it leads, relative to the portal's root ({@code /plugins/tasks/task.xhtml?id=42});
 *                  notifications of one kind about one path are grouped into one line of the bell
 */
public record Notice(String kind, String bundle, String textKey, List<String> arguments, String path) {

    /** Arguments beyond this length are shortened with an ellipsis. */
    public static final int MAX_ARGUMENT = 200;

    /** @throws IllegalArgumentException for more than 5 arguments or a path that is not the portal's */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(path, "path");
        if (arguments.size() > 5) {
            throw new IllegalArgumentException("At most 5 arguments: " + arguments.size());
        }
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > 500) {
            throw new IllegalArgumentException("A notification leads to a page of the portal: " + path);
        }
        arguments = arguments.stream().map(argument -> argument == null ? "" : argument.length() <= MAX_ARGUMENT ? argument
                : argument.substring(0, MAX_ARGUMENT - 1) + "…").toList();
    }
}
