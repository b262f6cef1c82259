package org.communs.portal.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.richtext.RichText;
import org.jsoup.nodes.Entities;

/**
 * Builds the e-mail of one outbox row: an HTML part and its plain-text twin, the portal's footer
 * with the unsubscribe link, the {@code List-Unsubscribe} headers of RFC 2369 and RFC 8058 (mail
 * clients offer their own one-click button), and a Message-ID derived from the row, so that a mail
 * sent again after a crash is recognised as the same one by the receiving servers.
 */
final class MailComposer {

    private MailComposer() {
    }

    static MimeMessage compose(Session session, OutgoingMail mail, MailContent content, String unsubscribeUrl,
                               String publicUrl, String from) throws MessagingException {
        Language language = Language.fromCode(mail.language()).orElse(Language.DEFAULT);
        String footer = unsubscribeUrl != null ? Messages.text(language, "mail.footer.subscribed", content.collectiveName())
                : mail.kind() == MailKind.DIGEST ? Messages.text(language, "mail.footer.digest", publicUrl + "/collectives/index.xhtml")
                : mail.kind() == MailKind.PLUGIN ? Messages.text(language, "mail.footer.plugin", content.collectiveName())
                : Messages.text(language, "mail.footer.test");
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
                + Entities.escape(content.subject()) + "</title></head><body style=\"font-family:sans-serif;max-width:640px\">"
                + (content.collectiveName().isEmpty() ? "" : "<p style=\"color:#555\">" + Entities.escape(content.collectiveName()) + "</p>")
                + "<h1 style=\"font-size:1.4em\">" + Entities.escape(content.subject()) + "</h1>"
                + content.bodyHtml()
                + (content.link() == null ? "" : "<p><a href=\"" + Entities.escape(content.link()) + "\">"
                        + Entities.escape(Messages.text(language, "mail.readInPortal")) + "</a></p>")
                + "<hr><p style=\"color:#555;font-size:0.85em\">" + Entities.escape(footer)
                + (unsubscribeUrl == null ? "" : " <a href=\"" + Entities.escape(unsubscribeUrl) + "\">"
                        + Entities.escape(Messages.text(language, "mail.unsubscribe")) + "</a>")
                + "</p></body></html>";
        String text = (content.collectiveName().isEmpty() ? "" : content.collectiveName() + "\n\n")
                + content.subject() + "\n\n" + (content.plainText() != null ? content.plainText().strip()
                        : RichText.plainText(content.bodyHtml())) + "\n\n"
                + (content.link() == null ? "" : Messages.text(language, "mail.readInPortal") + " : " + content.link() + "\n\n")
                + "-- \n" + footer + (unsubscribeUrl == null ? "" : "\n" + Messages.text(language, "mail.unsubscribe")
                        + " : " + unsubscribeUrl) + "\n";

        MimeMessage message = new StableIdMessage(session, "<outbox-" + mail.id() + "." + mail.kind().name().toLowerCase()
                + "." + mail.refId() + "@" + host(publicUrl) + ">");
        message.setFrom(from == null || from.isBlank() ? InternetAddress.getLocalAddress(session) : new InternetAddress(from));
        try {
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.address(), mail.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setSubject(content.subject(), "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        if (unsubscribeUrl != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static String host(String publicUrl) {
        try {
            String host = URI.create(publicUrl).getHost();
            return host == null ? "portal.invalid" : host;
        } catch (IllegalArgumentException e) {
            return "portal.invalid";
        }
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail invents at each save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
