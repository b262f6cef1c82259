package org.communs.portal.plugin;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.record.RecordRef;
import org.communs.portal.api.record.RecordResolver;
import org.communs.portal.api.record.RecordView;
import org.communs.portal.api.record.Records;

/**
 * {@link Records}: hands a reference to the plugin in service that owns it, with the reader of
 * the request. Whatever goes wrong on the other side (a plugin off, without a resolver, failing)
 * reads as "not visible": a page that shows a link never fails because of another plugin.
 */
final class RecordLinks implements Records {

    private static final Logger LOG = Logger.getLogger(RecordLinks.class.getName());

    private final Function<String, Optional<ActivePlugin>> plugins;
    private final Supplier<Optional<PortalMember>> reader;

    RecordLinks(Function<String, Optional<ActivePlugin>> plugins, Supplier<Optional<PortalMember>> reader) {
        this.plugins = plugins;
        this.reader = reader;
    }

    @Override
    public Optional<RecordView> resolve(RecordRef ref) {
        Optional<ActivePlugin> owner = plugins.apply(ref.pluginId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        ActivePlugin plugin = owner.get();
        try {
            return PluginCalls.within(plugin.loader(), () -> {
                RecordResolver resolver = plugin.plugin().recordResolver();
                Optional<RecordView> view = resolver == null ? null : resolver.resolve(ref.type(), ref.id(), reader.get());
                return view == null ? Optional.<RecordView>empty() : view;
            });
        } catch (Exception | LinkageError failed) {
            LOG.log(Level.WARNING, "Plugin " + ref.pluginId() + " failed to resolve " + ref, failed);
            return Optional.empty();
        }
    }
}
