package org.communs.portal.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.communs.portal.document.FileNames;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /news/attachment?id=N}: an item's attachment, for those who may read the item (404 for
 * everyone else). Always a download: a file is never shown inside the portal's pages.
 */
@WebServlet("/news/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsItems news;

    @Inject
    transient CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map.Entry<Attachment, byte[]> file;
        try {
            file = news.download(currentMember.member().orElse(null), JpegResponse.id(request.getParameter("id")));
        } catch (PortalException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = file.getKey();
        response.setContentType(attachment.contentType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(attachment.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.getValue().length);
        response.getOutputStream().write(file.getValue());
    }
}
