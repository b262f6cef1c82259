package org.communs.portal.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.collective.Collectives;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.settings.PortalSettings;
import org.jsoup.nodes.Entities;

/**
 * {@code /feeds/collective?id=N}: the Atom feed of a collective's public items, readable without
 * signing in (an organisation's website or a feed reader can follow it). Items meant for members
 * never appear in it.
 */
@WebServlet("/feeds/collective")
public class AtomFeedServlet extends HttpServlet {

    @Inject
    transient PortalSettings settings;

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 30;

    @Inject
    transient NewsItems news;

    @Inject
    transient Collectives collectives;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = JpegResponse.id(request.getParameter("id"));
        List<NewsCard> items;
        try {
            items = news.publicOf(id, ENTRIES);
        } catch (PortalException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<Long, String> names = collectives.names(Set.of(id));
        String base = settings.publicUrl();
        String self = base + "/feeds/collective?id=" + id;
        Instant updated = items.isEmpty() ? Instant.EPOCH : items.getFirst().publishedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .append("<id>").append(xml(self)).append("</id>")
                .append("<title>").append(xml(names.getOrDefault(id, ""))).append("</title>")
                .append("<link rel=\"self\" href=\"").append(xml(self)).append("\"/>")
                .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>");
        for (NewsCard item : items) {
            String link = base + "/news/public?id=" + item.id();
            xml.append("<entry><id>").append(xml(link)).append("</id>")
                    .append("<title>").append(xml(item.title())).append("</title>")
                    .append("<link href=\"").append(xml(link)).append("\"/>")
                    .append("<author><name>").append(xml(item.authorName())).append("</name></author>")
                    .append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(item.publishedAt())).append("</updated>")
                    // The body is sanitised HTML; escaped once more, as Atom's type="html" wants it.
                    .append("<content type=\"html\">").append(xml(item.bodyHtml())).append("</content></entry>");
        }
        xml.append("</feed>");
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(xml.toString());
    }

    private static String xml(String text) {
        return Entities.escape(text == null ? "" : text).replace("&nbsp;", "&#160;");
    }
}
