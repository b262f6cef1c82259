package org.communs.portal.mailing;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mailing a lead writes to the subscribers of one collective; once sent it cannot change. */
@Entity
@Cacheable(false)
@Table(name = "mailing")
public class Mailing {

    /** Where a mailing is: written, or handed to the outbox (the outbox tells each recipient's fate). */
    public enum Status { DRAFT, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "collective_id", nullable = false)
    private long collectiveId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(nullable = false)
    private int recipients;

    protected Mailing() {
        // for JPA
    }

    Mailing(long collectiveId, long authorId, MailingDraft draft) {
        this.collectiveId = collectiveId;
        this.authorId = authorId;
        this.createdAt = Instant.now();
        this.status = Status.DRAFT;
        apply(draft);
    }

    void apply(MailingDraft draft) {
        this.subject = draft.subject();
        this.bodyHtml = draft.bodyHtml();
    }

    void queued(int recipients) {
        this.status = Status.SENT;
        this.queuedAt = Instant.now();
        this.recipients = recipients;
    }

    public long getId() {
        return id;
    }

    public long getCollectiveId() {
        return collectiveId;
    }

    public String getSubject() {
        return subject;
    }

    /** Sanitised when it was saved. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public Status getStatus() {
        return status;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public int getRecipients() {
        return recipients;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
