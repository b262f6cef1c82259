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
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.communs.portal.api.imports.Imports;
import org.communs.portal.api.job.Jobs;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.api.notify.Notifications;
import org.communs.portal.api.people.People;
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
import org.communs.portal.api.record.Records;
import org.communs.portal.api.setting.Setting;
import org.communs.portal.api.setting.Settings;
import org.communs.portal.api.webhook.Webhooks;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.document.BlobStore;
import org.communs.portal.error.PortalException;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
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
    private final Jobs jobs;
    private final Records records;
    private final Notifications notifications;
    private final Settings settings;
    private final Webhooks webhooks;
    private final Imports imports;

    HostedContext(PluginDescriptor descriptor, PortalServices services, ClassLoader loader, Path blobDirectory,
                  LongPredicate enabledFor, Function<String, Optional<ActivePlugin>> plugins,
                  Supplier<List<NoticeKind>> noticeKinds, Supplier<List<Setting>> declaredSettings,
                  Supplier<List<ActivePlugin>> allActive) {
        this.descriptor = descriptor;
        this.services = services;
        this.loader = loader;
        this.blobs = new BlobStore(blobDirectory);
        this.enabledFor = enabledFor;
        this.jobs = services.jobs().of(descriptor.id(), loader);
        this.records = new RecordLinks(plugins, services::currentMember);
        this.notifications = new PluginNotifier(descriptor, loader, noticeKinds, services);
        this.settings = new PluginSettings(descriptor.id(), declaredSettings, services.settings());
        this.webhooks = services.webhooks(descriptor.id());
        this.imports = new PluginImports(descriptor.id(), services.importDesk(), allActive, services::language);
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
        return (memberId, subject, html, plainText) -> {
            try {
                services.mails().queue(descriptor.id(), descriptor.name(), memberId, subject, html, plainText);
            } catch (PortalException refused) {
                // Plugins cannot see the portal's exception class: the API's contract is this one.
                throw new IllegalArgumentException(Messages.text(Language.ENGLISH,
                        refused.messageKey(), refused.arguments()), refused);
            }
        };
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
    public org.communs.portal.api.plugin.RichText richText() {
        return new org.communs.portal.api.plugin.RichText() {
            @Override
            public String sanitise(String html) {
                return org.communs.portal.richtext.RichText.sanitize(html);
            }

            @Override
            public String plainText(String html) {
                return org.communs.portal.richtext.RichText.plainText(html);
            }
        };
    }

    @Override
    public Texts texts() {
        return new Texts() {
            @Override
            public Locale locale() {
                // The language the portal speaks to this reader (chosen in the user menu, else their
                // profile's): a plugin's page must not answer in French inside an English shell.
                return services.language().locale();
            }

            @Override
            public String text(String bundle, String key, Object... arguments) {
                return HostedContext.text(loader, bundle, key, locale(), arguments);
            }
        };
    }

    /** A text of a plugin's bundle in a language; its key when the bundle lacks it. */
    static String text(ClassLoader loader, String bundle, String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    @Override
    public boolean enabledFor(long collectiveId) {
        return !descriptor.perCollective() || enabledFor.test(collectiveId);
    }

    @Override
    public People people() {
        return services.people();
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public Records records() {
        return records;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Webhooks webhooks() {
        return webhooks;
    }

    @Override
    public Imports imports() {
        return imports;
    }
}
