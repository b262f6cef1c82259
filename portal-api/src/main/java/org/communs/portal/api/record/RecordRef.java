package org.communs.portal.api.record;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a record of some plugin (or of the portal), to keep in a column of one's own
 * table: {@code crm:client:42}.
 *
 * @param pluginId the id of the plugin that owns the record ({@code portal} for the portal's own)
 * @param type     the kind of record in that plugin: lower-case letters and digits, starting with a letter
 * @param id       the record's id in that plugin: 1 to 64 letters, digits, dashes or underscores
 */
public record RecordRef(String pluginId, String type, String id) {

    /** The longest text form, for a column that keeps references. */
    public static final int MAX_LENGTH = 20 + 1 + 30 + 1 + 64;

    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9]{1,19}):([a-z][a-z0-9]{0,29}):([A-Za-z0-9_-]{1,64})");

    /** @throws IllegalArgumentException when a part is not of its form */
    public RecordRef {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!FORM.matcher(pluginId + ":" + type + ":" + id).matches()) {
            throw new IllegalArgumentException("Not a record reference: " + pluginId + ":" + type + ":" + id);
        }
    }

    /**
     * Reads a reference written by {@link #toString()}.
     *
     * @param text such as {@code crm:client:42}
     * @return the reference
     * @throws IllegalArgumentException when the text is not one
     */
    public static RecordRef parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a record reference (plugin:type:id): " + text);
        }
        return new RecordRef(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    /** @return {@code plugin:type:id} */
    @Override
    public String toString() {
        return pluginId + ":" + type + ":" + id;
    }
}
