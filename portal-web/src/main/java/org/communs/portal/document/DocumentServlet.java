package org.communs.portal.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /documents/file?id=N[&v=K]}: downloads a file (its current version or version K) for
 * readers of its space; 403 for others, 404 when there is no such file. Streamed from the blob
 * store, always as an attachment.
 */
@WebServlet("/documents/file")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Inject
    transient CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentViews.Download download;
        long id = JpegResponse.id(request.getParameter("id"));
        try {
            long version = JpegResponse.id(request.getParameter("v"));
            download = documents.download(currentMember.member().orElse(null), id,
                    request.getParameter("v") == null ? null : (int) version);
        } catch (PortalException refused) {
            // A link to a file one may not read says so (someone may grant access); pages and the
            // search, which list things, simply leave it out.
            response.sendError(documents.exists(id) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(download.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(download.sizeBytes());
        try (InputStream content = documents.open(download)) {
            content.transferTo(response.getOutputStream());
        }
    }
}
