package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.search.SearchSource;

/**
 * The plugins' entries for a rebuild of the search index. A rebuild reads {@link #count()} first,
 * which takes the plugins' entries at that moment; they are then handed out in pages. A plugin
 * whose entries cannot be read is left out of the rebuild (logged), the others are indexed.
 */
@ApplicationScoped
public class PluginSearchSource implements SearchSource {

    private static final Logger LOG = Logger.getLogger(PluginSearchSource.class.getName());

    @Inject
    PluginRegistry registry;

    private volatile List<SearchDocument> snapshot = List.of();

    @Override
    public long count() {
        List<SearchDocument> documents = new ArrayList<>();
        for (ActivePlugin plugin : registry.allActive()) {
            try (Stream<SearchEntry> entries = plugin.plugin().searchEntries()) {
                entries.forEach(entry -> documents.add(HostedContext.document(plugin.id(), entry)));
            } catch (RuntimeException | LinkageError failed) {
                LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not list its search entries", failed);
            }
        }
        snapshot = List.copyOf(documents);
        return documents.size();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        List<SearchDocument> documents = snapshot;
        List<Entry> page = new ArrayList<>();
        for (long position = afterId; position < documents.size() && page.size() < size; position++) {
            page.add(new Entry(position + 1, documents.get((int) position)));
        }
        return page;
    }
}
