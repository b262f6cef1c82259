package org.communs.portal.collective;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.security.CurrentMember;

/** {@code /collectives/logo?id=N}: a collective's logo, for signed-in members; 404 when there is none. */
@WebServlet("/collectives/logo")
public class CollectiveLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;

    @Inject
    transient CurrentMember currentMember;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> logo = currentMember.member()
                .flatMap(reader -> collectives.logo(reader, JpegResponse.id(request.getParameter("id"))));
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JpegResponse.write(response, logo.get());
    }
}
