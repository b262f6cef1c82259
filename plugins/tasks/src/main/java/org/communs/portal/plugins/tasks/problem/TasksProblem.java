package org.communs.portal.plugins.tasks.problem;

/** A problem to tell the member: a key of the plugin's bundle and the values of its placeholders. */
public abstract class TasksProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected TasksProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** @return the key of the explanation in the plugin's bundle */
    public String messageKey() {
        return messageKey;
    }

    /** @return values for the explanation's placeholders */
    public Object[] arguments() {
        return arguments.clone();
    }
}
