package org.communs.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log. Append-only: there is no way to change an entry once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "object_type", updatable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 128)
    private String objectId;

    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "client_ip", updatable = false, length = 64)
    private String clientIp;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(AuditEvent event, Actor actor, String detailsJson) {
        this.occurredAt = Instant.now();
        this.actorId = actor.memberId();
        this.actorName = actor.name();
        this.action = event.action();
        this.objectType = event.objectType();
        this.objectId = event.objectId();
        this.details = detailsJson;
        this.clientIp = actor.clientIp();
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actorId, actorName, action, objectType, objectId, details, clientIp);
    }
}
