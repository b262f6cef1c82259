package org.communs.portal.plugins.tasks.problem;

/** The checks every name shares (spaces, folders, lists, statuses, task titles). */
public final class InputChecks {

    private InputChecks() {
    }

    /**
     * A name shown on one line: trimmed, control characters (line breaks, tabs) made spaces.
     *
     * @param field    the field, for the refusal
     * @param raw      what was typed (null counts as empty)
     * @param maxChars the most characters the column holds
     * @return the clean name
     * @throws InvalidInputException {@code error.<field>.missing} or {@code error.<field>.tooLong}
     */
    public static String name(String field, String raw, int maxChars) {
        String name = raw == null ? "" : raw.replaceAll("\\p{Cntrl}+", " ").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(field, "error." + field + ".missing");
        }
        if (characters(name) > maxChars) {
            throw new InvalidInputException(field, "error." + field + ".tooLong", maxChars);
        }
        return name;
    }

    /** @return how many characters MariaDB counts in the text (code points, not Java's UTF-16 units) */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
