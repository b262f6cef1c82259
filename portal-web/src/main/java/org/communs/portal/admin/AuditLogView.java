package org.communs.portal.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.communs.portal.audit.AuditQuery;
import org.communs.portal.audit.AuditRecord;
import org.communs.portal.security.Action;
import org.communs.portal.security.PageGuard;

/** Admin → Audit log: filter by action, actor and dates; export what is shown as CSV. */
@Named("auditAdmin")
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_LIMIT = 500;

    @Inject
    transient AuditReading reading;

    @Inject
    transient PageGuard guard;

    private String action;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRecord> entries = List.of();

    public void open() {
        if (guard.allow(Action.READ_AUDIT_LOG)) {
            search();
        }
    }

    public void search() {
        entries = reading.search(query(PAGE_LIMIT));
    }

    AuditQuery query(int limit) {
        return new AuditQuery(action, actor,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), limit);
    }

    /** The CSV export's address with the same filters. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder("/admin/audit.csv?");
        append(url, "action", action);
        append(url, "actor", actor);
        append(url, "from", from == null ? null : from.toString());
        append(url, "to", to == null ? null : to.toString());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    public List<AuditRecord> getEntries() {
        return entries;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
