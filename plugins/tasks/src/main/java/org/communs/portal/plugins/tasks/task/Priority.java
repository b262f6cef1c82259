package org.communs.portal.plugins.tasks.task;

import java.util.Locale;
import java.util.Optional;

/** How urgent a task is; a task may have none. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    /** @return the priority named by the text (case ignored), or empty */
    public static Optional<Priority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
