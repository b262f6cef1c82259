package org.communs.portal.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.security.CurrentMember;

/** {@code /news/image?id=N}: an item's image, for those who may read the item; 404 for everyone else. */
@WebServlet("/news/image")
public class NewsImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsItems news;

    @Inject
    transient CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            JpegResponse.write(response, news.image(currentMember.member().orElse(null),
                    JpegResponse.id(request.getParameter("id"))));
        } catch (PortalException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
