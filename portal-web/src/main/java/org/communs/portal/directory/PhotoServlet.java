package org.communs.portal.directory;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /directory/photo?id=N}: a member's thumbnail, for readers allowed to see it; 404 for
 * everyone else, so a hidden photo cannot be told apart from a missing one.
 */
@WebServlet("/directory/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Profiles profiles;

    @Inject
    transient CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MemberSummary reader = currentMember.member().orElse(null);
        Optional<ProfilePhoto> photo = profiles.photo(reader, id);
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + photo.get().updatedAt().toEpochMilli() + "\"";
        // Private: what one reader may see, another may not; a shared cache must not keep it.
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] image = photo.get().image();
        response.setContentType("image/jpeg");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }
}
