package org.communs.portal.plugins.tasks.list;

import java.util.Locale;
import java.util.Optional;

/** What a status means, whatever its name: rules (closing, moving, "my work") read the category, never the name. */
public enum StatusCategory {
    /** Not started. */
    TODO,
    /** Under way (in progress, in review…). */
    ACTIVE,
    /** Finished. */
    DONE,
    /** Dropped or closed without being done. */
    CLOSED;

    /** @return whether a task in this status is still open (to do or under way) */
    public boolean isOpen() {
        return this == TODO || this == ACTIVE;
    }

    /** @return the category named by the text (case ignored), or empty */
    public static Optional<StatusCategory> parse(String text) {
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
