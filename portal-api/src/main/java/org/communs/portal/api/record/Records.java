package org.communs.portal.api.record;

import java.util.Optional;

/**
 * Resolves references to records of any plugin for the current reader (since API 1.1).
 *
 * <pre>{@code
 * RecordRef client = RecordRef.parse(task.aboutRef());             // "crm:client:42", kept in the task's row
 * context.records().resolve(client).ifPresentOrElse(
 *         view -> link(view.title(), view.path()),
 *         () -> label(texts.text(BUNDLE, "record.hidden")));       // not visible, deleted, or its plugin is off
 * }</pre>
 */
public interface Records {

    /**
     * @param ref a record of any plugin, this one included
     * @return what the current reader may see of it; empty when it is not visible to them, no
     *         longer exists, or its plugin is not in service
     */
    Optional<RecordView> resolve(RecordRef ref);
}
