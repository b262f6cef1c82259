package org.communs.portal.image;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a JPEG the portal made to a response, privately cached (what one reader may see, another may not). */
public final class JpegResponse {

    private JpegResponse() {
    }

    public static void write(HttpServletResponse response, byte[] jpeg) throws IOException {
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentType("image/jpeg");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(jpeg.length);
        response.getOutputStream().write(jpeg);
    }

    /** The number in a request parameter, or -1 when it is not one (answered as a missing image). */
    public static long id(String parameter) {
        try {
            return Long.parseLong(String.valueOf(parameter));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
