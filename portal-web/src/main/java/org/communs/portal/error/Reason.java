package org.communs.portal.error;

/** Why an operation was refused; each reason has a stable code that API clients can rely on. */
public enum Reason {
    INVALID_INPUT("invalid-input", 400),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    CONFLICT("conflict", 409),
    UNAVAILABLE("unavailable", 503);

    private final String code;
    private final int httpStatus;

    Reason(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The value of the {@code error} field in the JSON error shape. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
