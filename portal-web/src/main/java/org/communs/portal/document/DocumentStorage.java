package org.communs.portal.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.communs.portal.settings.PortalSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one {@link BlobStore}, under {@code <portal.storage.dir>/documents}, and the upload
 * limits ({@code portal.documents.max.mb}, 100 MB a file unless set; a quota per space).
 */
@ApplicationScoped
public class DocumentStorage {

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.documents.max.mb", defaultValue = "100")
    long maxMegabytes;

    @Inject
    @ConfigProperty(name = "portal.documents.quota.mb", defaultValue = "2048")
    long quotaMegabytes;

    private BlobStore blobs;

    @PostConstruct
    void open() {
        blobs = new BlobStore(settings.storage().resolve("documents"));
    }

    /** Where {@link Thumbnails} keeps the previews it made (they can be deleted: they are made again). */
    public Path thumbnailDirectory() {
        return settings.storage().resolve("thumbnails");
    }

    public BlobStore blobs() {
        return blobs;
    }

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    /** What one space may hold, all versions counted ({@code portal.documents.quota.mb}, 2 GB unless set). */
    public long quotaBytes() {
        return quotaMegabytes * 1024 * 1024;
    }
}
