package org.communs.portal.plugins.links;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * The page model {@code #{links}} of the links page and the home-page widget. The portal creates
 * one per request, like a request-scoped bean: the form's inputs arrive through the setters, then
 * the button's action runs. Public, with public accessors, because pages call it by reflection.
 */
public class LinksPage {

    /** How many links the home-page widget shows. */
    static final int WIDGET_SIZE = 5;
    // Client ids of the page's form, so that a validation message sits next to its input.
    private static final String FORM = "link-form";

    private final Links links;
    private List<Link> items;
    private List<Link> latest;
    private Boolean manager;
    private String title;
    private String url;
    private String description;

    LinksPage(Links links) {
        this.links = links;
    }

    /** @return every link, newest first (read once per request) */
    public List<Link> getItems() {
        if (items == null) {
            items = links.read();
        }
        return items;
    }

    /** @return the newest links, for the widget (read once per request) */
    public List<Link> getLatest() {
        if (latest == null) {
            latest = links.latest(WIDGET_SIZE);
        }
        return latest;
    }

    /** @return whether the reader may add and delete links; only hides controls, the actions check again */
    public boolean isManager() {
        if (manager == null) {
            manager = links.canManage();
        }
        return manager;
    }

    /**
     * @param key a key of the plugin's bundle
     * @return the text in the reader's language
     */
    public String text(String key) {
        return links.text(key);
    }

    /**
     * @param key      a key of the plugin's bundle with one placeholder
     * @param argument its value
     * @return the text in the reader's language
     */
    public String format(String key, Object argument) {
        return links.text(key, argument);
    }

    /** Adds the link typed in the form; on success empties the form. */
    public void add() {
        try {
            Link link = links.add(title, url, description);
            show(null, FacesMessage.SEVERITY_INFO, links.text("links.added", link.title()));
            title = null;
            url = null;
            description = null;
            items = null;
            latest = null;
        } catch (InvalidLinkException invalid) {
            show(FORM + ":" + invalid.field(), FacesMessage.SEVERITY_ERROR,
                    links.text(invalid.messageKey(), invalid.arguments()));
        }
    }

    /**
     * Deletes a link. The id comes from the button's {@code f:param} rather than from the table's
     * row: rows are read again on every request, and another member's change would shift them.
     *
     * @param linkId the link's id, as the request carries it
     */
    public void delete(String linkId) {
        links.delete(idOf(linkId)).ifPresentOrElse(
                deleted -> show(null, FacesMessage.SEVERITY_INFO, links.text("links.deleted", deleted.title())),
                () -> show(null, FacesMessage.SEVERITY_WARN, links.text("links.notFound")));
        items = null;
        latest = null;
    }

    /** @return the title typed in the form */
    public String getTitle() {
        return title;
    }

    /** @param title the title typed in the form */
    public void setTitle(String title) {
        this.title = title;
    }

    /** @return the address typed in the form */
    public String getUrl() {
        return url;
    }

    /** @param url the address typed in the form */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the description typed in the form */
    public String getDescription() {
        return description;
    }

    /** @param description the description typed in the form */
    public void setDescription(String description) {
        this.description = description;
    }

    // A malformed id matches no link (AUTO_INCREMENT ids start at 1), and Links.delete still checks the permission first.
    private static long idOf(String linkId) {
        try {
            return Long.parseLong(linkId == null ? "" : linkId.strip());
        } catch (NumberFormatException notAnId) {
            return 0;
        }
    }

    private static void show(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
