package org.communs.portal.collective;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A collective's space. The logo lives in the same row but is not mapped: lists of collectives
 * never load it, {@link Collectives} reads and writes it alone. Not kept in the shared cache, so
 * that every server sees an archiving at once.
 */
@Entity
@Cacheable(false)
@Table(name = "collective")
public class Collective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(name = "description_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String descriptionHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false, length = 16)
    private JoinPolicy joinPolicy;

    @Column(name = "logo_version", nullable = false)
    private int logoVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "collective_link", joinColumns = @JoinColumn(name = "collective_id"))
    @OrderColumn(name = "position")
    private List<CollectiveLink> links = new ArrayList<>();

    protected Collective() {
        // for JPA
    }

    Collective(CollectiveDraft draft) {
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(CollectiveDraft draft) {
        this.name = draft.name();
        this.typeId = draft.typeId();
        this.summary = draft.summary();
        this.descriptionHtml = draft.descriptionHtml();
        this.joinPolicy = draft.joinPolicy();
        this.links.clear();
        this.links.addAll(draft.links());
    }

    void archive() {
        this.archivedAt = Instant.now();
    }

    void restore() {
        this.archivedAt = null;
    }

    void logoChanged() {
        this.logoVersion++;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getTypeId() {
        return typeId;
    }

    public String getSummary() {
        return summary;
    }

    /** Sanitised when it was saved: safe to write into a page as it is. */
    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public int getLogoVersion() {
        return logoVersion;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CollectiveLink> getLinks() {
        return List.copyOf(links);
    }
}
