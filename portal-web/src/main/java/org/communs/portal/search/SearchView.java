package org.communs.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.communs.portal.collective.CollectiveSearchSource;
import org.communs.portal.directory.DirectoryQuery;
import org.communs.portal.document.DocumentSearchSource;
import org.communs.portal.document.Documents;
import org.communs.portal.directory.DirectorySearch;
import org.communs.portal.directory.MemberCard;
import org.communs.portal.error.PortalException;
import org.communs.portal.index.SearchHit;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.news.NewsSearchSource;
import org.communs.portal.security.CurrentMember;

/**
 * The portal-wide search page, reached from the shell's search box. The query is a view parameter
 * so that the page can be bookmarked and shown again after a language switch. Results come with
 * the portal's search index: members, collectives and public news items; documents join as they arrive.
 */
@Named("search")
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    static final int MEMBERS_SHOWN = 8;

    static final int OTHERS_SHOWN = 10;

    @Inject
    DirectorySearch directory;

    @Inject
    CurrentMember currentMember;

    @Inject
    PortalSearch portalSearch;

    @Inject
    SearchReaders readers;

    private String query;
    private List<MemberCard> members;
    private List<SearchHit> collectives;
    private List<SearchHit> news;
    private List<SearchHit> files;

    @Inject
    Documents documents;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : truncate(query.strip());
    }

    /** The best matching members, or none for a reader who may not browse the directory. */
    public List<MemberCard> getMembers() {
        if (members == null) {
            members = List.of();
            if (!isBlank() && currentMember.isSignedIn()) {
                try {
                    members = directory.search(currentMember.required(), new DirectoryQuery(query, Map.of(), null, 25,
                            SearchOrder.RELEVANCE, 0, MEMBERS_SHOWN)).cards();
                } catch (PortalException refused) {
                    members = List.of();
                }
            }
        }
        return members;
    }

    /** The best matching collectives the reader may see. */
    public List<SearchHit> getCollectives() {
        if (collectives == null) {
            collectives = hits(CollectiveSearchSource.TYPE);
        }
        return collectives;
    }

    /** The best matching public news items. */
    public List<SearchHit> getNews() {
        if (news == null) {
            news = hits(NewsSearchSource.TYPE);
        }
        return news;
    }

    /**
     * The best matching documents, checked once more against the documents' own rules (a
     * collective's guest holds the collective's grant in the index but reads only shared folders).
     */
    private List<SearchHit> pluginResults;

    @Inject
    org.communs.portal.plugin.PluginNavigation plugins;

    public List<SearchHit> getFiles() {
        if (files == null) {
            files = hits(DocumentSearchSource.TYPE).stream()
                    .filter(hit -> documents.mayRead(currentMember.required(), Long.parseLong(hit.id()))).toList();
        }
        return files;
    }

    /** Hits of the plugins in service (their entries are typed plugin-<id>-<type>), each with its own link. */
    public List<SearchHit> getPluginResults() {
        if (pluginResults == null) {
            pluginResults = isBlank() || !currentMember.isSignedIn() || !plugins.anyInService() ? List.of()
                    : portalSearch.search(SearchQuery.of(query, readers.of(currentMember.required())).withPage(0, 100)).hits()
                    .stream().filter(hit -> hit.type().startsWith("plugin-") && hit.link() != null
                            && plugins.inService(hit.type().split("-")[1]))
                    .limit(OTHERS_SHOWN).toList();
        }
        return pluginResults;
    }

    private List<SearchHit> hits(String type) {
        if (isBlank() || !currentMember.isSignedIn()) {
            return List.of();
        }
        return portalSearch.search(SearchQuery.of(query, readers.of(currentMember.required())).withTypes(type)
                .withPage(0, OTHERS_SHOWN)).hits();
    }

    public boolean isBlank() {
        return query == null || query.isEmpty();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
    }
}
