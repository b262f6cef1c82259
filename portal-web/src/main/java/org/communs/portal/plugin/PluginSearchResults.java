package org.communs.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.index.SearchHit;
import org.communs.portal.search.SearchView;

/** The plugins section of the search page: hits of the plugins in service (typed plugin-<id>-<type>), each with its own link. */
@Named("pluginResults")
@RequestScoped
public class PluginSearchResults {

    @Inject
    SearchView search;

    @Inject
    PluginNavigation plugins;

    private List<SearchHit> hits;

    public List<SearchHit> getHits() {
        if (hits == null) {
            hits = !search.isAnswerable() || !plugins.anyInService() ? List.of()
                    : search.allHits(100).stream()
                            .filter(hit -> hit.type().startsWith("plugin-") && hit.link() != null
                                    && plugins.inService(hit.type().split("-")[1]))
                            .limit(SearchView.SHOWN).toList();
        }
        return hits;
    }
}
