package org.communs.portal.api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of the plugin contract, {@code major.minor}.
 *
 * <p>The contract follows semantic versioning: a minor release only adds to the API, a major
 * release may remove or change what exists. A plugin built against {@code 1.2} therefore runs on a
 * portal offering {@code 1.2} or {@code 1.5}, but not on {@code 1.1} (it may call what 1.1 lacks)
 * nor on {@code 2.0} (what it calls may be gone). The host refuses a plugin whose required version
 * is not {@linkplain #satisfies(ApiVersion) satisfied}.
 *
 * @param major incremented when something is removed or changed incompatibly
 * @param minor incremented when something is added
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** The version of the contract this build of {@code portal-api} offers. */
    public static final ApiVersion CURRENT = new ApiVersion(1, 1);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /**
     * @throws IllegalArgumentException if a part is negative
     */
    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("API version parts must not be negative: " + major + "." + minor);
        }
    }

    /**
     * Reads a version written as {@code major.minor}, as plugin descriptors declare it.
     *
     * @param text the version, such as {@code "1.0"}
     * @return the parsed version
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static ApiVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(Objects.requireNonNull(text, "text").strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an API version (expected major.minor such as 1.0): " + text);
        }
        return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * Whether a portal offering this version can run a plugin that requires {@code required}.
     *
     * @param required the version the plugin was built against
     * @return true when the majors are equal and this minor is at least the required one
     */
    public boolean satisfies(ApiVersion required) {
        return major == required.major && minor >= required.minor;
    }

    @Override
    public int compareTo(ApiVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
