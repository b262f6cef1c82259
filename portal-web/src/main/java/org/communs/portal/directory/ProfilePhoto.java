package org.communs.portal.directory;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The square JPEG thumbnail of a member's photo, kept apart so profiles load without it. */
@Entity
@Table(name = "profile_photo")
public class ProfilePhoto {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProfilePhoto() {
        // for JPA
    }

    ProfilePhoto(long memberId, byte[] image) {
        this.memberId = memberId;
        replace(image);
    }

    void replace(byte[] jpeg) {
        this.image = jpeg.clone();
        this.updatedAt = Instant.now();
    }

    public byte[] image() {
        return image.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
