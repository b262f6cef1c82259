package org.communs.portal.launcher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * A tile of the home page's launcher: a link to one of the organisation's other tools
 * (Nextcloud, accounting, training software…). Only http(s) links are accepted, so a tile can
 * never run script in a member's browser.
 */
@Entity
@Table(name = "launcher_tile")
public class LauncherTile {

    static final int LABEL_MAX = 80;
    static final int URL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = 60)
    private String icon;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LauncherTile() {
        // for JPA
    }

    public LauncherTile(String label, String url, String icon, int position) {
        this.label = requireLabel(label);
        this.url = requireWebLink(url);
        this.icon = icon == null || icon.isBlank() ? "pi pi-external-link" : icon.strip();
        this.position = position;
        this.createdAt = Instant.now();
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new PortalException(Reason.INVALID_INPUT, "launcher.error.labelRequired");
        }
        if (label.strip().length() > LABEL_MAX) {
            throw new PortalException(Reason.INVALID_INPUT, "launcher.error.labelTooLong", LABEL_MAX);
        }
        return label.strip();
    }

    private static String requireWebLink(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.toString().length() > URL_MAX) {
                throw new PortalException(Reason.INVALID_INPUT, "launcher.error.badUrl", url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new PortalException(Reason.INVALID_INPUT, "launcher.error.badUrl", url);
        }
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }

    public String icon() {
        return icon;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
