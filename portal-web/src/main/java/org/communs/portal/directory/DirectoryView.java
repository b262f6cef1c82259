package org.communs.portal.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.index.FacetCount;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;

/** The directory page: one search box updated while typing, facets, sort, cards, list or map. */
@Named("directory")
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 24;
    /** The map shows the best results at once; paging through a map is not something people do. */
    static final int MAP_RESULTS = 100;

    public enum Mode { CARDS, LIST, MAP }

    @Inject
    DirectorySearch search;

    @Inject
    PageGuard guard;

    @Inject
    CurrentMember currentMember;

    @Inject
    FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private String text = "";
    private final Map<String, Set<String>> filters = new HashMap<>();
    private String near;
    private int radiusKm = 25;
    private SearchOrder order = SearchOrder.RELEVANCE;
    private Mode mode = Mode.CARDS;
    private int limit = PAGE;
    private DirectoryPage page = new DirectoryPage(0, List.of(), Map.of(), null);

    public void open() {
        if (guard.allow(Action.VIEW_DIRECTORY)) {
            search();
        }
    }

    public void search() {
        try {
            int wanted = mode == Mode.MAP ? MAP_RESULTS : limit;
            page = search.search(currentMember.required(),
                    new DirectoryQuery(text, filters, near, radiusKm, order, 0, wanted));
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    /** A new search from the first page (typing, a facet, a sort). */
    public void restart() {
        limit = PAGE;
        search();
    }

    public void toggle(String facet, String value) {
        Set<String> values = filters.computeIfAbsent(facet, f -> new HashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            filters.remove(facet);
        }
        restart();
    }

    public void clearFilters() {
        filters.clear();
        near = null;
        restart();
    }

    public void nearMe() {
        near = DirectoryQuery.NEAR_ME;
        order = SearchOrder.DISTANCE;
        restart();
    }

    public void more() {
        limit = Math.min(100, limit + PAGE);
        search();
    }

    public void show(Mode newMode) {
        mode = newMode;
        search();
    }

    public boolean hasMore() {
        return mode != Mode.MAP && page.cards().size() < page.total() && limit < 100;
    }

    public List<FacetCount> facet(String facet) {
        return page.facets().getOrDefault(facet, List.of());
    }

    /** A language facet value ("es") as the reader says it ("espagnol"). */
    public String languageName(String code) {
        return SpokenLanguages.name(code, preferences.getLocale());
    }

    /** The results placed on the map (see {@link MapMarkers}). */
    public String getMarkers() {
        return MapMarkers.of(page.cards().stream().map(MemberCard::profile).toList());
    }

    public List<SearchOrder> getOrders() {
        return List.of(SearchOrder.values());
    }

    public List<Integer> getRadii() {
        return List.of(5, 10, 25, 50, 100, 250);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public int getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(int radiusKm) {
        this.radiusKm = radiusKm;
    }

    public SearchOrder getOrder() {
        return order;
    }

    public void setOrder(SearchOrder order) {
        this.order = order;
    }

    public Mode getMode() {
        return mode;
    }

    public DirectoryPage getPage() {
        return page;
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || near != null;
    }
}
