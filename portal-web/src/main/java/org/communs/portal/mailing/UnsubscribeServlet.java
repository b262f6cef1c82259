package org.communs.portal.mailing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.communs.portal.audit.Actor;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.Subscriptions;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.jsoup.nodes.Entities;

/**
 * The unsubscribe link of every e-mail, without signing in: the signed token says who and from
 * which collective. Opening the link shows one button (a link opened by a mail scanner must not
 * unsubscribe anyone); pressing it, or the mail client's own one-click POST of RFC 8058, stops the
 * collective's e-mails to that member. Expired and forged tokens get a clear page and change nothing.
 */
@WebServlet(urlPatterns = "/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnsubscribeLinks links;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient Collectives collectives;

    @Inject
    transient AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = language(request);
        UnsubscribeToken.Reading reading = read(request);
        if (reading.verdict() != UnsubscribeToken.Verdict.VALID) {
            refuse(response, language, reading);
            return;
        }
        String collective = collectiveName(reading.token());
        page(response, 200, language, Messages.text(language, "unsubscribe.title"),
                "<p>" + Entities.escape(Messages.text(language, "unsubscribe.confirm", collective)) + "</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"t\" value=\""
                        + Entities.escape(request.getParameter("t")) + "\">"
                        + "<button type=\"submit\" id=\"unsubscribe\">"
                        + Entities.escape(Messages.text(language, "unsubscribe.button")) + "</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = language(request);
        UnsubscribeToken.Reading reading = read(request);
        if (reading.verdict() != UnsubscribeToken.Verdict.VALID) {
            refuse(response, language, reading);
            return;
        }
        UnsubscribeToken token = reading.token();
        boolean changed = subscriptions.stopEmails(token.memberId(), token.collectiveId());
        if (changed) {
            audit.record(new Actor(token.memberId(), "unsubscribe link", request.getRemoteAddr()),
                    AuditEvent.on("subscription.emailsStopped", "collective", token.collectiveId(),
                            Map.of("memberId", String.valueOf(token.memberId()))));
        }
        page(response, 200, language, Messages.text(language, "unsubscribe.title"),
                "<p id=\"done\">" + Entities.escape(Messages.text(language, "unsubscribe.done", collectiveName(token)))
                        + "</p>");
    }

    private UnsubscribeToken.Reading read(HttpServletRequest request) {
        return links.read(request.getParameter("t"), Instant.now());
    }

    private void refuse(HttpServletResponse response, Language language, UnsubscribeToken.Reading reading) throws IOException {
        String key = reading.verdict() == UnsubscribeToken.Verdict.EXPIRED ? "unsubscribe.expired" : "unsubscribe.forged";
        page(response, reading.verdict() == UnsubscribeToken.Verdict.EXPIRED ? 410 : 400, language,
                Messages.text(language, "unsubscribe.title"),
                "<p id=\"refused\">" + Entities.escape(Messages.text(language, key)) + "</p>");
    }

    private String collectiveName(UnsubscribeToken token) {
        return collectives.names(Set.of(token.collectiveId())).getOrDefault(token.collectiveId(), "?");
    }

    private static Language language(HttpServletRequest request) {
        return Language.firstSpoken(java.util.Collections.list(request.getLocales()));
    }

    private static void page(HttpServletResponse response, int status, Language language, String title, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Entities.escape(title)
                + "</title><style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}"
                + "button{font-size:1rem;padding:.6rem 1.2rem}</style></head><body><h1>" + Entities.escape(title)
                + "</h1>" + body + "</body></html>");
    }
}
