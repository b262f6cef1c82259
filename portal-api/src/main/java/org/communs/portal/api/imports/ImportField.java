package org.communs.portal.api.imports;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field of an import target.
 *
 * @param name          lower-case letters, digits and underscores, unique in the target
 * @param type          what it holds
 * @param required      whether a row without it is rejected
 * @param maxLength     the longest text taken (a longer one is rejected, never cut); 0 for no limit of the field's own
 * @param allowedValues for {@link FieldType#CHOICE} and {@link FieldType#MULTI_CHOICE}, the values taken; empty otherwise
 * @param matchKey      whether it can say which existing record a row is (an e-mail, an external id), so
 *                      that a re-run updates instead of duplicating
 * @param bundle        the bundle holding its label
 * @param labelKey      its label, for an importer's mapping screen
 */
public record ImportField(String name, FieldType type, boolean required, int maxLength, List<String> allowedValues,
                          boolean matchKey, String bundle, String labelKey) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** @throws IllegalArgumentException for a bad name, a negative length, or choices missing or misplaced */
    public ImportField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        allowedValues = List.copyOf(allowedValues);
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A field's name is lower-case letters, digits and underscores: " + name);
        }
        if (maxLength < 0) {
            throw new IllegalArgumentException("A negative length: " + name);
        }
        boolean choice = type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE;
        if (choice == allowedValues.isEmpty()) {
            throw new IllegalArgumentException("Allowed values are for choice fields, and a choice field has some: " + name);
        }
    }
}
