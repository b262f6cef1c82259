package org.communs.portal.plugins.tasks.list;

import java.util.List;

/**
 * The statuses a new list starts with. Their names are data, stored in French (the organisation's
 * language) like any name a member would type; owners rename them as they like.
 */
public final class DefaultStatuses {

    /** To do, in progress, in review, done. */
    public static final List<StatusDraft> ALL = List.of(
            new StatusDraft("À faire", "#6b7280", StatusCategory.TODO),
            new StatusDraft("En cours", "#1d4ed8", StatusCategory.ACTIVE),
            new StatusDraft("En revue", "#7c3aed", StatusCategory.ACTIVE),
            new StatusDraft("Terminé", "#15803d", StatusCategory.DONE));

    private DefaultStatuses() {
    }
}
