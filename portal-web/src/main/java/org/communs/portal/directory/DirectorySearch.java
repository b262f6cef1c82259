package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.GeoPoint;
import org.communs.portal.index.Reader;
import org.communs.portal.index.SearchHit;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.index.SearchResult;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.SearchReaders;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;

/**
 * Searches the directory for a reader: the index finds and counts through what they may see, then
 * the cards are read from the database with the same rules.
 */
@ApplicationScoped
public class DirectorySearch {

    @Inject
    SearchReaders readers;

    /** Nobody pages a directory this deep; the bound keeps a crafted offset from costing memory. */
    static final int MAX_OFFSET = 1_000;

    @Inject
    PortalSearch search;

    @Inject
    Profiles profiles;


    @Inject
    Authorization authorization;

    @Inject
    TownGazetteer towns;

    /**
     * @throws PortalException forbidden for readers who may not browse the directory; invalid input
     *                         for an unknown town, a missing own place, a bad radius or page
     */
    public DirectoryPage search(MemberSummary reader, DirectoryQuery query) {
        authorization.require(reader, Action.VIEW_DIRECTORY, null);
        if (query.offset() < 0 || query.limit() < 1 || query.limit() > 100 || query.offset() > MAX_OFFSET) {
            throw new PortalException(Reason.INVALID_INPUT, "directory.error.page");
        }
        SearchQuery asked = SearchQuery.of(query.text(), readerOf(reader))
                .withTypes(MemberDocument.TYPE)
                .withFacetCounts("skill", "town", "language")
                .withPage(query.offset(), query.limit());
        for (var filter : query.filters().entrySet()) {
            if (!DirectoryQuery.FACETS.contains(filter.getKey())) {
                throw new PortalException(Reason.INVALID_INPUT, "directory.error.facet", filter.getKey());
            }
            asked = asked.withFilter(filter.getKey(), filter.getValue());
        }
        GeoPoint centre = null;
        if (query.near() != null) {
            if (query.radiusKm() < 1 || query.radiusKm() > DirectoryQuery.MAX_RADIUS_KM) {
                throw new PortalException(Reason.INVALID_INPUT, "directory.error.radius", DirectoryQuery.MAX_RADIUS_KM);
            }
            centre = centre(reader, query.near());
            asked = asked.withNear(centre, query.radiusKm());
        }
        SearchOrder order = query.order() == SearchOrder.DISTANCE && centre == null ? SearchOrder.RELEVANCE : query.order();
        SearchResult result = search.search(asked.withOrder(order));

        List<Long> ids = result.hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
        Map<Long, VisibleProfile> visible = new HashMap<>();
        profiles.view(reader, ids).forEach(profile -> visible.put(profile.memberId(), profile));
        List<MemberCard> cards = result.hits().stream()
                .filter(hit -> visible.containsKey(Long.parseLong(hit.id())))
                .map(hit -> card(hit, visible.get(Long.parseLong(hit.id()))))
                .toList();
        return new DirectoryPage(result.total(), cards, result.facets(), centre);
    }

    /**
     * The index already holds only what the reader may see; the card checks again against the
     * profile just read, so an index older than a visibility change (between a change and its
     * re-indexing) cannot show a field its owner has just hidden.
     */
    private static MemberCard card(SearchHit hit, VisibleProfile profile) {
        List<org.communs.portal.index.Highlight> visible = hit.highlights().stream()
                .filter(highlight -> profile.shows(highlight.field()))
                .toList();
        return new MemberCard(profile, visible, profile.hasLocation() ? hit.distanceKm() : null);
    }

    /** The index's reader for a member: their grants are their memberships and roles. */
    Reader readerOf(MemberSummary reader) {
        return readers.of(reader);
    }

    private GeoPoint centre(MemberSummary reader, String near) {
        if (DirectoryQuery.NEAR_ME.equals(near)) {
            VisibleProfile own = profiles.view(reader, reader.id());
            if (!own.hasLocation()) {
                throw new PortalException(Reason.INVALID_INPUT, "directory.error.noOwnPlace");
            }
            return new GeoPoint(own.latitude(), own.longitude());
        }
        return towns.find(near).map(TownGazetteer.Town::centre)
                .orElseThrow(() -> new PortalException(Reason.INVALID_INPUT, "directory.error.unknownTown", near));
    }
}
