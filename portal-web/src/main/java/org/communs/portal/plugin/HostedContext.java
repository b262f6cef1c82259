package org.communs.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongPredicate;
import javax.sql.DataSource;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.api.plugin.Blobs;
import org.communs.portal.api.plugin.Mail;
import org.communs.portal.api.plugin.PluginAuthorization;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginSearch;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.api.plugin.Texts;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.document.BlobStore;
import org.communs.portal.index.Layer;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.Visibility;
import org.communs.portal.search.SearchReaders;

/**
 * What one plugin is given: the portal's services, each bound to the plugin (its audit actions
 * prefixed with its id, its search entries typed with it, its files in its own directory, its
 * texts from its own class loader).
 */
final class HostedContext implements PluginContext {

    /** A bundle's base file is its French text: never fall back to the server's own language instead. */
    static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The search index's type of a plugin's entries: {@code plugin-<id>-<type>} (ids and types have no dash). */
    static final String SEARCH_TYPE_PREFIX = "plugin-";

    private final PluginDescriptor descriptor;
    private final PortalServices services;
    private final ClassLoader loader;
    private final BlobStore blobs;
    private final LongPredicate enabledFor;

    HostedContext(PluginDescriptor descriptor, PortalServices services, ClassLoader loader, Path blobDirectory,
                  LongPredicate enabledFor) {
        this.descriptor = descriptor;
        this.services = services;
        this.loader = loader;
        this.blobs = new BlobStore(blobDirectory);
        this.enabledFor = enabledFor;
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DataSource dataSource() {
        return services.dataSource();
    }

    @Override
    public Optional<PortalMember> currentMember() {
        return services.currentMember();
    }

    @Override
    public PluginAuthorization authorization() {
        return new PluginAuthorization() {
            @Override
            public boolean has(PortalMember member, String permission) {
                Set<String> roles = descriptor.permissions().get(permission);
                if (roles == null) {
                    throw new IllegalArgumentException("Permission not declared in the plugin's descriptor: " + permission);
                }
                return member != null && (member.isAdmin() || member.roles().stream().anyMatch(roles::contains));
            }

            @Override
            public PortalMember require(String permission) {
                PortalMember member = currentMember().orElseThrow(() -> new AccessDeniedException("not signed in"));
                if (!has(member, permission)) {
                    services.audit().record(services.requestActor().current(), AuditEvent.on("security.denied", "plugin",
                            descriptor.id(), Map.of("permission", permission)));
                    throw new AccessDeniedException(member.id() + " lacks " + permission);
                }
                return member;
            }
        };
    }

    @Override
    public AuditTrail audit() {
        return (action, targetType, targetId, details) -> services.audit().record(services.requestActor().current(),
                AuditEvent.on(descriptor.id() + "." + action, targetType, targetId, details == null ? Map.of() : details));
    }

    @Override
    public PluginSearch search() {
        return new PluginSearch() {
            @Override
            public void index(SearchEntry entry) {
                services.search().index(document(descriptor.id(), entry));
            }

            @Override
            public void delete(String type, String id) {
                services.search().delete(SEARCH_TYPE_PREFIX + descriptor.id() + "-" + type, id);
            }
        };
    }

    /** A plugin's entry as the portal's index stores it. */
    static SearchDocument document(String pluginId, SearchEntry entry) {
        Visibility audience = switch (entry.audience()) {
            case Audience.Members members -> Visibility.members();
            case Audience.Collective collective -> Visibility.collective(collective.collectiveId())
                    .and(Visibility.role(SearchReaders.ADMIN_ROLE));
            case Audience.Named named -> Visibility.named(named.memberIds());
            case Audience.Admins admins -> Visibility.role(SearchReaders.ADMIN_ROLE);
        };
        Layer layer = Layer.visibleTo(audience).withText("text", entry.text());
        return new SearchDocument(SEARCH_TYPE_PREFIX + pluginId + "-" + entry.type(), entry.id(), entry.title(), entry.title(),
                List.of(layer), entry.path());
    }

    @Override
    public Mail mail() {
        return (memberId, subject, html, plainText) -> services.mails().queue(descriptor.id(), descriptor.name(), memberId, subject, html);
    }

    @Override
    public Blobs blobs() {
        return new Blobs() {
            @Override
            public String put(InputStream content, long maxBytes) throws IOException {
                return blobs.put(content, maxBytes).sha256();
            }

            @Override
            public InputStream open(String sha256) throws IOException {
                return blobs.open(sha256);
            }

            @Override
            public boolean delete(String sha256) throws IOException {
                return blobs.delete(sha256);
            }
        };
    }

    @Override
    public Texts texts() {
        return new Texts() {
            @Override
            public Locale locale() {
                return currentMember().map(PortalMember::locale).orElse(Locale.FRENCH);
            }

            @Override
            public String text(String bundle, String key, Object... arguments) {
                try {
                    String pattern = ResourceBundle.getBundle(bundle, locale(), loader, NO_FALLBACK).getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
                } catch (MissingResourceException missing) {
                    return key;
                }
            }
        };
    }

    @Override
    public boolean enabledFor(long collectiveId) {
        return !descriptor.perCollective() || enabledFor.test(collectiveId);
    }
}
