package org.communs.portal.api.plugin;

/** A plugin descriptor that cannot be used, with what is wrong in it. */
public class InvalidDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** A required field is missing or empty (the detail names it). */
        MISSING,
        /** The id is not 2 to 20 lower-case letters and digits starting with a letter. */
        BAD_ID,
        /** The plugin's version is not {@code major.minor.patch}. */
        BAD_VERSION,
        /** The required API version is not {@code major.minor}. */
        BAD_API_VERSION,
        /** The class name is not a Java class name. */
        BAD_CLASS,
        /** A permission is not {@code <id>.<word>}, or names a role the portal does not have. */
        BAD_PERMISSION,
        /** A required plugin is not written {@code <id>>=<major.minor[.patch]>}, or is the plugin itself (API 1.1). */
        BAD_REQUIRES,
        /** A field is longer than allowed (the detail names it; the name has at most 80 characters) (API 1.1). */
        TOO_LONG
    }

    private final Problem problem;
    private final String detail;

    /**
     * @param problem what is wrong
     * @param detail  the field or value concerned
     */
    public InvalidDescriptorException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
        this.detail = detail;
    }

    /** @return what is wrong */
    public Problem problem() {
        return problem;
    }

    /** @return the field or value concerned */
    public String detail() {
        return detail;
    }
}
