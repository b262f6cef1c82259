package org.communs.portal.plugins.tasks.access;

import java.util.Locale;
import java.util.Optional;

/** Whose space it is, which decides who belongs to it by default. */
public enum SpaceKind {
    /** The whole organisation's: every member who is not a portal guest. */
    ORGANISATION,
    /** A collective's: its leads own it, its members work in it. */
    COLLECTIVE,
    /** One member's own, shared only with whom they add. */
    PRIVATE;

    /** @return the kind named by the text (case ignored), or empty */
    public static Optional<SpaceKind> parse(String text) {
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
