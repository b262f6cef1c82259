package org.communs.portal.error;

import java.util.Arrays;
import java.util.Objects;

/**
 * A failure the user can understand and act on: bad input, something missing, something not
 * allowed. It carries a key into the message bundle (never a text), so that each adapter shows
 * it in the reader's language: REST as the JSON error shape, Faces as a message.
 */
public class PortalException extends RuntimeException {

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
