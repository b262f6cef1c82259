package org.communs.portal.plugins.links;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.plugin.SearchEntry;

/**
 * What members can do with links, whatever the way in (page or REST): the permission checks, the
 * audit records and the search index updates live here so that no caller can forget one.
 */
final class Links {

    /** The permission declared in the descriptor for adding and deleting links. */
    static final String MANAGE = "links.manage";
    /** The type of the plugin's search entries. */
    static final String SEARCH_TYPE = "link";

    private final PluginContext context;
    private final LinkRepository repository;

    Links(PluginContext context, LinkRepository repository) {
        this.context = context;
        this.repository = repository;
    }

    /** @return every link, newest first, for the plugin's own work outside requests (search rebuild, mails) */
    List<Link> all() {
        return repository.all();
    }

    /**
     * Every link, for a member's request.
     *
     * @return every link, newest first
     * @throws AccessDeniedException when nobody is signed in
     */
    List<Link> read() {
        requireSignedIn();
        return repository.all();
    }

    /**
     * The newest links, for a member's request.
     *
     * @param count how many at most
     * @return the newest links, newest first
     * @throws AccessDeniedException when nobody is signed in
     */
    List<Link> latest(int count) {
        requireSignedIn();
        return repository.latest(count);
    }

    /** @return whether the current member may add and delete links (to show the controls; actions check again) */
    boolean canManage() {
        return context.currentMember().map(member -> context.authorization().has(member, MANAGE)).orElse(false);
    }

    /**
     * Adds a link for the current member.
     *
     * @return the stored link
     * @throws AccessDeniedException when the member lacks {@value #MANAGE}
     * @throws InvalidLinkException  when the link breaks a rule of {@link NewLink}
     */
    Link add(String title, String url, String description) throws InvalidLinkException {
        // The permission comes first: someone who may not add learns nothing from the validation.
        PortalMember member = context.authorization().require(MANAGE);
        Link link = repository.add(NewLink.of(title, url, description), member.id());
        context.audit().record("link.added", "link", String.valueOf(link.id()), Map.of("title", link.title()));
        context.search().index(searchEntry(link));
        return link;
    }

    /**
     * Deletes a link, for the current member.
     *
     * @return the deleted link, or empty when there was none with that id
     * @throws AccessDeniedException when the member lacks {@value #MANAGE}
     */
    Optional<Link> delete(long id) {
        context.authorization().require(MANAGE);
        // Read first: the audit keeps the title of what was deleted.
        Optional<Link> link = repository.find(id);
        if (link.isEmpty() || !repository.delete(id)) {
            return Optional.empty(); // none, or deleted meanwhile by someone else (who was audited)
        }
        context.audit().record("link.deleted", "link", String.valueOf(id), Map.of("title", link.get().title()));
        context.search().delete(SEARCH_TYPE, String.valueOf(id));
        return link;
    }

    /** @return the links a member added, as their personal-data export shows them */
    List<Map<String, Object>> exportOf(long memberId) {
        return repository.linksOf(memberId).stream().map(Link::asExport).toList();
    }

    /** Forgets a member as the author of links; the links stay. */
    void forget(long memberId) {
        repository.anonymise(memberId);
    }

    /**
     * @param key       a key of the plugin's bundle
     * @param arguments values for its placeholders
     * @return the text in the current member's language (French outside a request)
     */
    String text(String key, Object... arguments) {
        return context.texts().text(LinksPlugin.BUNDLE, key, arguments);
    }

    /** @return how a link is found in the portal's search: by every member, leading to the links page */
    static SearchEntry searchEntry(Link link) {
        return new SearchEntry(SEARCH_TYPE, String.valueOf(link.id()), link.title(),
                link.title() + " " + link.description() + " " + link.url(), LinksPlugin.PAGE, Audience.members());
    }

    // Every signed-in member reads the links; the portal signs requests in, this guards against a mistake.
    private void requireSignedIn() {
        context.currentMember().orElseThrow(() -> new AccessDeniedException("Reading links needs a signed-in member"));
    }
}
