package org.communs.portal.api.plugin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin's own version, {@code major.minor.patch} (a fourth part such as {@code -beta} is not
 * accepted): an upgrade must bring a higher one.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 */
public record PluginVersion(int major, int minor, int patch) implements Comparable<PluginVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,5})\\.(\\d{1,5})(?:\\.(\\d{1,5}))?");

    /**
     * @param text such as {@code 1.2.0} or {@code 1.2}
     * @return the version
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static PluginVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a plugin version (expected such as 1.2.0): " + text);
        }
        return new PluginVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
    }

    @Override
    public int compareTo(PluginVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
