package org.communs.portal.api.imports;

import java.util.Map;

/**
 * One row to import.
 *
 * @param line   where it came from in the imported file (for the report), 1 for the first data line
 * @param values by field name; absent or blank: no value
 */
public record ImportRow(int line, Map<String, String> values) {

    public ImportRow {
        values = Map.copyOf(values);
    }

    /** @return the field's value, or null when it has none */
    public String value(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value;
    }
}
