package org.communs.portal.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.communs.portal.error.PortalException;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.settings.PortalSettings;
import org.jsoup.nodes.Entities;

/**
 * {@code /news/public?id=N}: a public item for readers without an account (the Atom feed links
 * here). Anything not public and published is the same 404 as a missing item.
 */
@WebServlet("/news/public")
public class PublicNewsServlet extends HttpServlet {

    @Inject
    transient PortalSettings settings;

    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsItems news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NewsCard item;
        try {
            item = news.readPublic(JpegResponse.id(request.getParameter("id")));
        } catch (PortalException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.firstSpoken(java.util.Collections.list(request.getLocales()));
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(settings.zone()).format(item.publishedAt());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        // The body was sanitised when saved; the page also forbids scripts outright.
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src https:; style-src 'unsafe-inline'");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + Entities.escape(item.title()) + "</title><style>body{font-family:sans-serif;max-width:44rem;margin:2rem auto;"
                + "padding:0 1rem;line-height:1.5}.meta{color:#555}</style></head><body><p class=\"meta\">"
                + Entities.escape(String.join(", ", item.collectives().values())) + "</p><h1>" + Entities.escape(item.title())
                + "</h1><p class=\"meta\">" + Entities.escape(item.authorName()) + " · " + Entities.escape(when) + "</p>"
                + "<div id=\"body\">" + item.bodyHtml() + "</div><hr><p class=\"meta\"><a href=\""
                + request.getContextPath() + "/news/item.xhtml?id=" + item.id() + "\">"
                + Entities.escape(Messages.text(language, "news.public.signIn")) + "</a></p></body></html>");
    }
}
