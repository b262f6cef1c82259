package org.communs.portal.plugins.links;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PortalEvent;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.api.plugin.Widget;

/**
 * "Liens utiles": the organisation's useful links, in a page, a home-page widget, a REST API and
 * the portal's search, and mailed to every new member. The entry point named by {@code class=} in
 * {@code META-INF/portal-plugin.properties}; it only wires the plugin's parts to the portal.
 */
public class LinksPlugin implements Plugin {

    /** Base name of the plugin's texts: {@code messages.properties} (French) and {@code messages_en.properties}. */
    static final String BUNDLE = "org.communs.portal.plugins.links.messages";
    /** The links page, as the portal serves it. */
    static final String PAGE = "/plugins/links/index.xhtml";

    // Set by start, dropped by stop; volatile because the portal calls from request and background threads.
    private volatile PluginContext context;
    private volatile Links links;
    private volatile LinksResource resource;

    /** Created by the portal through this constructor, then started. */
    public LinksPlugin() {
    }

    @Override
    public void start(PluginContext context) {
        Links started = new Links(context, new LinkRepository(context.dataSource()));
        this.context = context;
        this.resource = new LinksResource(started);
        this.links = started;
    }

    @Override
    public void stop() {
        // Nothing to close (connections are borrowed per call): only let go of the portal's services.
        links = null;
        resource = null;
        context = null;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(new NavigationEntry("links", Placement.MAIN_MENU, BUNDLE, "links.menu", PAGE, "pi pi-link", 50));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget("latest-links", BUNDLE, "links.widget.title", "/plugins/links/widget.xhtml", 50));
    }

    @Override
    public Map<String, Supplier<Object>> pageModels() {
        return Map.of("links", () -> new LinksPage(links));
    }

    @Override
    public Object restResource() {
        return resource;
    }

    @Override
    public Stream<SearchEntry> searchEntries() {
        return links.all().stream().map(Links::searchEntry);
    }

    @Override
    public void onEvent(PortalEvent event) {
        if (event instanceof PortalEvent.MemberCreated created) {
            welcome(created.memberId());
        }
    }

    @Override
    public Map<String, Object> exportMember(long memberId) {
        return Map.of("links", links.exportOf(memberId));
    }

    @Override
    public void eraseMember(long memberId) {
        links.forget(memberId);
    }

    private void welcome(long memberId) {
        List<Link> all = links.all();
        if (all.isEmpty()) {
            return; // nothing worth a mail yet
        }
        // Events arrive outside any request, so the texts are French, the portal's first language:
        // the API cannot tell the new member's own language here.
        WelcomeMail mail = WelcomeMail.listing(all, links::text);
        context.mail().send(memberId, mail.subject(), mail.html(), mail.plainText());
    }
}
