package org.communs.portal.plugins.links;

/**
 * A link that breaks a rule of {@link NewLink}. It names the field and a key of the plugin's
 * bundle rather than a text, so each caller (page, REST) says it in the reader's language.
 */
public class InvalidLinkException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param field      the faulty field: {@code title}, {@code url} or {@code description}
     * @param messageKey the key of the explanation in the plugin's bundle
     * @param arguments  values for the explanation's placeholders
     */
    InvalidLinkException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** @return the faulty field, also the id of its input in the page's form */
    public String field() {
        return field;
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
