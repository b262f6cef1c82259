package org.communs.portal.api.imports;

import java.util.List;

/**
 * An import target as an importer sees it.
 *
 * @param key    {@code <plugin id>/<type>}, or {@code portal/<type>} for the portal's own
 * @param label  in the current member's language
 * @param fields its fields
 * @param fieldLabels the fields' labels, in the same order and language
 */
public record ImportTargetInfo(String key, String label, List<ImportField> fields, List<String> fieldLabels) {

    public ImportTargetInfo {
        fields = List.copyOf(fields);
        fieldLabels = List.copyOf(fieldLabels);
    }
}
