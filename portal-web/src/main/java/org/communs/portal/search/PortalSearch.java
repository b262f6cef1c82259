package org.communs.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.index.SearchDocument;
import org.communs.portal.index.SearchIndex;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.index.SearchResult;
import org.communs.portal.settings.PortalSettings;

/**
 * The portal's one search index, open for the application's life: features index their documents
 * here and search it. Once the schema is ready (not before: the rebuild reads the tables), an index
 * that cannot be trusted (missing, corrupt, left by a crash) is rebuilt in the background from
 * every {@link SearchSource}; admins can rebuild it too.
 */
@ApplicationScoped
public class PortalSearch {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(PortalSearch.class.getName());
    private static final int PAGE = 500;

    @Inject
    @Any
    Instance<SearchSource> sources;

    @Resource
    ManagedExecutorService executor;


    private SearchIndex index;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.never());
    private volatile CompletableFuture<RebuildStatus> rebuilt = CompletableFuture.completedFuture(RebuildStatus.never());

    void start(@Observes SchemaReady schemaReady) {
        try {
            if (index().needsRebuild()) {
                LOG.info("The search index is new or was not closed cleanly: rebuilding it from the database");
                startRebuild();
            }
        } catch (RuntimeException e) {
            // Derived data must not stop the portal: pages work, searches fail until it is fixed.
            LOG.log(Level.SEVERE, "The search index cannot be opened; search is unavailable", e);
        }
    }

    /** One directory per application, so test deployments beside the portal never share a lock. */
    private synchronized SearchIndex index() {
        if (index == null) {
            Path directory = settings.storage().resolve("search-index").resolve(applicationName());
            try {
                Files.createDirectories(directory);
                index = SearchIndex.open(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the search index in " + directory.toAbsolutePath(), e);
            }
        }
        return index;
    }

    private static String applicationName() {
        try {
            return ((String) new InitialContext().lookup("java:app/AppName")).replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (NamingException e) {
            return "portal";
        }
    }

    public SearchResult search(SearchQuery query) {
        try {
            return index().search(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the document and waits (a fraction of a second) until searches see it. */
    public void index(SearchDocument document) {
        try {
            index().awaitSearchable(index().index(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void delete(String type, String id) {
        try {
            index().awaitSearchable(index().delete(type, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** @return false when a rebuild is already running (it is not started twice) */
    public boolean startRebuild() {
        RebuildStatus current = status.get();
        if (current.running()) {
            return false;
        }
        RebuildStatus starting = new RebuildStatus(true, 0, 0, Instant.now(), null, null);
        if (!status.compareAndSet(current, starting)) {
            return false;
        }
        rebuilt = new CompletableFuture<>();
        try {
            executor.submit(this::rebuild);
        } catch (RuntimeException refused) {
            // Shutting down, or no thread to run it: say so rather than stay "running" forever.
            status.set(new RebuildStatus(false, 0, 0, starting.startedAt(), Instant.now(), String.valueOf(refused.getMessage())));
            rebuilt.complete(status.get());
            return false;
        }
        return true;
    }

    /** Completes with the final status of the running rebuild, or of the last one. */
    public CompletableFuture<RebuildStatus> whenRebuilt() {
        return rebuilt;
    }

    private void rebuild() {
        try {
            rebuildAll();
        } finally {
            rebuilt.complete(status.get());
        }
    }

    private void rebuildAll() {
        Instant started = status.get().startedAt();
        try {
            List<SearchSource> all = new ArrayList<>();
            sources.forEach(all::add);
            long total = all.stream().mapToLong(SearchSource::count).sum();
            status.set(new RebuildStatus(true, 0, total, started, null, null));
            index().rebuild(documents(all), done -> status.set(new RebuildStatus(true, done, total, started, null, null)));
            index().commit();
            RebuildStatus last = status.get();
            status.set(new RebuildStatus(false, last.done(), total, started, Instant.now(), null));
            LOG.info(() -> "Search index rebuilt: " + last.done() + " documents");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index rebuild failed", e);
            RebuildStatus last = status.get();
            status.set(new RebuildStatus(false, last.done(), last.total(), started, Instant.now(), String.valueOf(e.getMessage())));
        }
    }

    /** All sources' documents, one page of one source read at a time. */
    private static Iterator<SearchDocument> documents(List<SearchSource> sources) {
        return new Iterator<>() {
            private final Iterator<SearchSource> remaining = sources.iterator();
            private SearchSource source;
            private Iterator<SearchSource.Entry> page = List.<SearchSource.Entry>of().iterator();
            private long lastId;

            @Override
            public boolean hasNext() {
                while (!page.hasNext()) {
                    if (source != null) {
                        List<SearchSource.Entry> next = source.page(lastId, PAGE);
                        if (!next.isEmpty()) {
                            page = next.iterator();
                            continue;
                        }
                    }
                    if (!remaining.hasNext()) {
                        return false;
                    }
                    source = remaining.next();
                    lastId = 0;
                }
                return true;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SearchSource.Entry entry = page.next();
                lastId = entry.id();
                return entry.document();
            }
        };
    }

    @PreDestroy
    void close() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The search index did not close cleanly; it will be rebuilt at the next start", e);
        }
    }
}
