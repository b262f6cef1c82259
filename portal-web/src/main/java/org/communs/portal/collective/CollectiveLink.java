package org.communs.portal.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link from the collective's space to one of its tools elsewhere (cloud folder, chat channel…). */
@Embeddable
public class CollectiveLink implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 80)
    private String label;

    @Column(nullable = false, length = 500)
    private String url;

    protected CollectiveLink() {
        // for JPA
    }

    public CollectiveLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
