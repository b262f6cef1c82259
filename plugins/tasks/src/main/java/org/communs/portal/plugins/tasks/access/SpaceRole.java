package org.communs.portal.plugins.tasks.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A member's role in a space, and what it allows. */
public enum SpaceRole {
    /** Manages the space, its members, lists and statuses, and does what members do. */
    OWNER(EnumSet.allOf(SpaceAction.class)),
    /** Creates and edits tasks, comments. */
    MEMBER(EnumSet.of(SpaceAction.SEE_SPACE, SpaceAction.SEE_EVERY_TASK, SpaceAction.WRITE_TASKS, SpaceAction.COMMENT,
            SpaceAction.WATCH)),
    /** Sees and comments only the tasks shared with them. */
    GUEST(EnumSet.of(SpaceAction.SEE_SPACE, SpaceAction.COMMENT, SpaceAction.WATCH)),
    /** Sees everything in the space and changes nothing (following a task changes nothing for others). */
    READER(EnumSet.of(SpaceAction.SEE_SPACE, SpaceAction.SEE_EVERY_TASK, SpaceAction.WATCH));

    private final Set<SpaceAction> allowed;

    SpaceRole(Set<SpaceAction> allowed) {
        this.allowed = allowed;
    }

    /** @return whether the role allows the action (in a space that is not archived) */
    public boolean may(SpaceAction action) {
        return allowed.contains(action);
    }

    /** @return the role named by the text (case ignored), or empty */
    public static Optional<SpaceRole> parse(String text) {
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
