package org.communs.portal.plugins.tasks.problem;

/** Input that breaks a rule (answered 400): the faulty field and why, as a key of the bundle. */
public final class InvalidInputException extends TasksProblem {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field      the faulty field ({@code title}, {@code dueDate}…), also the id of its input on the pages
     * @param messageKey the key of the explanation in the plugin's bundle
     * @param arguments  values for the explanation's placeholders
     */
    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** @return the faulty field */
    public String field() {
        return field;
    }
}
