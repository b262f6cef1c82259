package org.communs.portal.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;

/** Builds API error responses in the caller's language (from {@code Accept-Language}). */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response error(int status, String code, HttpHeaders headers, String messageKey, Object... arguments) {
        Language language = headers == null ? Language.DEFAULT
                : Language.firstSpoken(acceptable(headers));
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, Messages.text(language, messageKey, arguments)))
                .build();
    }

    private static List<Locale> acceptable(HttpHeaders headers) {
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return List.of();
        }
    }
}
