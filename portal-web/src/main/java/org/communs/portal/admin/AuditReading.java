package org.communs.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.audit.AuditQuery;
import org.communs.portal.audit.AuditRecord;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.RequestActor;

/** Reading the audit log is itself checked, and exporting it is itself audited. */
@ApplicationScoped
public class AuditReading {

    @Inject
    Authorization authorization;

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    public List<AuditRecord> search(AuditQuery query) {
        authorization.require(currentMember.member().orElse(null), Action.READ_AUDIT_LOG, null);
        return audit.search(query);
    }

    public List<AuditRecord> export(AuditQuery query) {
        List<AuditRecord> records = search(query);
        audit.record(requestActor.current(), AuditEvent.on("audit.exported", null, null,
                Map.of("entries", String.valueOf(records.size()))));
        return records;
    }
}
