package org.communs.portal.api.imports;

import java.util.List;

/**
 * Sends rows to the import targets of the portal and of every plugin in service (since API 1.1):
 * what an importer (the migration plugin) uses to write into modules it does not know.
 * Allowed to admins in a request, and to background jobs; each batch is audited.
 */
public interface Imports {

    /** The most rows a batch may hold. */
    int MAX_BATCH = 500;

    /** @return every target in service, labelled in the current member's language */
    List<ImportTargetInfo> targets();

    /**
     * Checks the rows against the target's fields, then hands those that pass to the target in one
     * transaction.
     *
     * @param targetKey  a target's key ({@code crm/client})
     * @param rows       at most {@link #MAX_BATCH}
     * @param matchField one of the target's match keys, or null to always create
     * @return one result per row given, in their order
     * @throws IllegalArgumentException for an unknown target, a field that is no match key, or too many rows
     * @throws org.communs.portal.api.plugin.AccessDeniedException for a member who is not an admin
     */
    List<RowResult> send(String targetKey, List<ImportRow> rows, String matchField);
}
