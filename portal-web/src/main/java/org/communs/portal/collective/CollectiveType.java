package org.communs.portal.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of collective (thematic pole, self-managed group, territorial group…), named in both languages. */
@Entity
@Table(name = "collective_type")
public class CollectiveType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label_fr", nullable = false, length = 80)
    private String labelFr;

    @Column(name = "label_en", nullable = false, length = 80)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    protected CollectiveType() {
        // for JPA
    }

    CollectiveType(String labelFr, String labelEn, int position) {
        rename(labelFr, labelEn);
        this.position = position;
    }

    void rename(String french, String english) {
        this.labelFr = french;
        this.labelEn = english;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    public long getId() {
        return id;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    /** The label in the reader's language (French unless English is asked). */
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }
}
