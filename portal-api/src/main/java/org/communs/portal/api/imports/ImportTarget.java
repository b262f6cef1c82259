package org.communs.portal.api.imports;

import java.util.List;

/**
 * A record type a plugin can receive from imports, given by {@code Plugin.importTargets()}.
 *
 * <pre>{@code
 * public List<ImportTarget> importTargets() {
 *     return List.of(new ImportTarget() {
 *         public String type() { return "client"; }
 *         public String bundle() { return BUNDLE; }
 *         public String labelKey() { return "import.client"; }
 *         public List<ImportField> fields() { return CLIENT_FIELDS; }
 *         public List<RowResult> receive(List<ImportRow> rows, String matchField) { return clients.importRows(rows, matchField); }
 *     });
 * }
 * }</pre>
 */
public interface ImportTarget {

    /** @return the record type: lower-case letters and digits, unique in the plugin */
    String type();

    /** @return the bundle of its label */
    String bundle();

    /** @return its label ("Clients"), for an importer's screens */
    String labelKey();

    /** @return its fields */
    List<ImportField> fields();

    /**
     * Writes a batch of rows. The portal has already checked each value against its field
     * (required, type, length, allowed values) and normalised it; rows it refused are not given.
     * The call runs in one transaction: what the plugin writes through {@code dataSource()} joins
     * it, and an exception undoes the whole batch. A row the plugin refuses (a conflict, a rule of
     * its own) must write nothing and come back {@link RowOutcome#REJECTED} with its reason.
     *
     * @param rows       the checked rows
     * @param matchField a field declared as a match key: a row whose value there names an existing
     *                   record updates it (or leaves it, unchanged); null to always create
     * @return one result per row, in any order
     */
    List<RowResult> receive(List<ImportRow> rows, String matchField);
}
