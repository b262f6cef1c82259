package org.communs.portal.api.notify;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of notification a plugin sends ("assigned to me", "mentioned in a comment"), declared by
 * {@code Plugin.noticeKinds()} so that members can choose, kind by kind, how they hear of it.
 *
 * @param name      the kind's name in the plugin: lower-case letters, digits and dashes
 * @param bundle    the plugin's resource bundle holding the label
 * @param labelKey  the label members read on their preferences page ("Quand on m'assigne une tâche")
 * @param byDefault the delivery of members who did not choose
 */
public record NoticeKind(String name, String bundle, String labelKey, Delivery byDefault) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** @throws IllegalArgumentException for a name not of that form */
    public NoticeKind {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(byDefault, "byDefault");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A notification kind is lower-case letters, digits and dashes: " + name);
        }
    }
}
