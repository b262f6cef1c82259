package org.communs.portal.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.ViewModel;

/**
 * One plugin's view models, by view and name. Kept here, with the plugin in service, rather than
 * in the views' state in members' sessions: when the plugin stops, its models go with this object
 * and nothing in a session refers to its classes. A model unused for {@link #IDLE} (its view was
 * left without the runtime saying so) or beyond {@link #MAX_MODELS} (the least recently used) is
 * released.
 */
final class ViewModels {

    static final Duration IDLE = Duration.ofHours(1);
    static final int MAX_MODELS = 10_000;
    private static final Logger LOG = Logger.getLogger(ViewModels.class.getName());

    private record Key(String viewId, String name) {
    }

    private static final class Held {
        final Object model;
        long lastUsed;

        Held(Object model, long now) {
            this.model = model;
            this.lastUsed = now;
        }
    }

    private final ClassLoader loader;
    private final Map<Key, Held> models = new LinkedHashMap<>(16, 0.75f, true);

    ViewModels(ClassLoader loader) {
        this.loader = loader;
    }

    /** @return the view's model of that name, if one is kept */
    synchronized Object find(String viewId, String name) {
        Held held = models.get(new Key(viewId, name));
        if (held == null) {
            return null;
        }
        held.lastUsed = System.nanoTime();
        return held.model;
    }

    /** Keeps a model for the view; models idle too long, or too many, are released first. */
    synchronized void keep(String viewId, String name, Object model) {
        long now = System.nanoTime();
        releaseIdle(now);
        models.put(new Key(viewId, name), new Held(model, now));
    }

    /** The view ended: its models are released. */
    void viewEnded(String viewId) {
        List<Object> ended = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Map.Entry<Key, Held>> it = models.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Key, Held> entry = it.next();
                if (entry.getKey().viewId().equals(viewId)) {
                    ended.add(entry.getValue().model);
                    it.remove();
                }
            }
        }
        ended.forEach(this::release);
    }

    /** The plugin stops: every model is released. */
    void releaseAll() {
        List<Object> all;
        synchronized (this) {
            all = models.values().stream().map(held -> held.model).toList();
            models.clear();
        }
        all.forEach(this::release);
    }

    synchronized int size() {
        return models.size();
    }

    private void releaseIdle(long now) {
        long idle = IDLE.toNanos();
        for (Iterator<Held> it = models.values().iterator(); it.hasNext(); ) {
            Held held = it.next();
            // Access order: the first one still fresh ends the scan, unless the map is full.
            if (now - held.lastUsed < idle && models.size() < MAX_MODELS) {
                break;
            }
            it.remove();
            release(held.model);
        }
    }

    private void release(Object model) {
        if (model instanceof ViewModel view) {
            try {
                PluginCalls.supplied(loader, () -> {
                    view.released();
                    return null;
                });
            } catch (RuntimeException | LinkageError careless) {
                LOG.log(Level.WARNING, "A plugin's view model threw while released", careless);
            }
        }
    }
}
