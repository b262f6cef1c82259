package org.communs.portal.api.navigation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A link that a feature or plugin adds to the portal's shell.
 *
 * <p>The label is not stored as text but as a key into a resource bundle of the contributor, so
 * that the shell shows it in the member's language. The bundle is loaded with the class loader of
 * the {@link NavigationContributor} that returned the entry.
 *
 * @param id          stable identifier, unique in the portal (used in HTML ids and tests): lower
 *                    case letters, digits and dashes
 * @param placement   where the shell shows the entry
 * @param bundle      base name of the resource bundle holding the label, e.g. {@code i18n.messages}
 * @param labelKey    key of the label in that bundle
 * @param path        where the link goes, relative to the portal's root (starts with {@code /})
 * @param icon        a PrimeIcons class such as {@code pi pi-home}
 * @param position    ascending sort order inside the placement; ties are broken by id
 */
public record NavigationEntry(String id, Placement placement, String bundle, String labelKey, String path,
                              String icon, int position) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * @throws IllegalArgumentException if the id is malformed or the path is not relative to the portal root
     */
    public NavigationEntry {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(icon, "icon");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Navigation entry id must be lower-case words joined by dashes: " + id);
        }
        // A path such as "//evil.example" would leave the portal: only portal-relative paths are allowed.
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("Navigation entry path must be relative to the portal root: " + path);
        }
    }
}
