package org.communs.portal.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /documents/thumbnail?id=N}: the preview of a file's current version (a picture or a PDF's
 * first page), with the same checks as its download: 403 for a file one may not read, 404 when
 * there is no such file or it has no preview.
 */
@WebServlet("/documents/thumbnail")
public class ThumbnailServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Inject
    transient CurrentMember currentMember;

    @Inject
    transient Thumbnails thumbnails;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = JpegResponse.id(request.getParameter("id"));
        DocumentViews.Download current;
        try {
            current = documents.download(currentMember.member().orElse(null), id, null);
        } catch (PortalException refused) {
            response.sendError(documents.exists(id) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Drawn after the access check's transaction: a slow PDF holds no database connection.
        Optional<Path> thumbnail = thumbnails.of(current.sha256(), current.contentType());
        if (thumbnail.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JpegResponse.write(response, Files.readAllBytes(thumbnail.get()));
    }
}
