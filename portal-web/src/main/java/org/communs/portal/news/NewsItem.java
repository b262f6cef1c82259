package org.communs.portal.news;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A short news item ("brève") of one or several collectives. Its image lives in the same row but
 * is not mapped, so that feeds never load it ({@link NewsItems} reads and writes it alone). Not
 * kept in the shared cache: the scheduled publisher of any server must see every server's edits.
 */
@Entity
@Cacheable(false)
@Table(name = "news_item")
public class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NewsStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "public_item", nullable = false)
    private boolean publicItem;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_target", joinColumns = @JoinColumn(name = "news_id"))
    @Column(name = "collective_id")
    private Set<Long> collectiveIds = new LinkedHashSet<>();

    protected NewsItem() {
        // for JPA
    }

    NewsItem(long authorId, NewsDraft draft) {
        this.authorId = authorId;
        this.createdAt = Instant.now();
        this.status = NewsStatus.DRAFT;
        apply(draft);
    }

    void apply(NewsDraft draft) {
        this.title = draft.title();
        this.bodyHtml = draft.bodyHtml();
        this.publicItem = draft.publicItem();
        this.collectiveIds.clear();
        this.collectiveIds.addAll(draft.collectiveIds());
        this.updatedAt = Instant.now();
    }

    /** @return whether this is its first publication (subscribers are told only then) */
    boolean publish() {
        boolean first = publishedAt == null;
        this.status = NewsStatus.PUBLISHED;
        this.publishAt = null;
        if (first) {
            this.publishedAt = Instant.now();
        }
        this.updatedAt = Instant.now();
        return first;
    }

    void schedule(Instant when) {
        this.status = NewsStatus.SCHEDULED;
        this.publishAt = when;
        this.updatedAt = Instant.now();
    }

    void unpublish() {
        this.status = NewsStatus.UNPUBLISHED;
        this.publishAt = null;
        this.updatedAt = Instant.now();
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** Sanitised when it was saved: safe to write into a page as it is. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isPublicItem() {
        return publicItem;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getCollectiveIds() {
        return Set.copyOf(collectiveIds);
    }

    public boolean isPublished() {
        return status == NewsStatus.PUBLISHED;
    }
}
