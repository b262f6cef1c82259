package org.communs.portal.plugins.links;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The mail a new member receives, listing the organisation's links. Written in HTML and plain text;
 * the HTML is escaped here, even though the portal sanitises mails too.
 *
 * @param subject   one line
 * @param html      the HTML body
 * @param plainText the plain-text body
 */
record WelcomeMail(String subject, String html, String plainText) {

    /**
     * @param links the links to list, not empty
     * @param texts the plugin's texts ({@code key, arguments → text}) in the recipient's language
     * @return the mail
     */
    static WelcomeMail listing(List<Link> links, BiFunction<String, Object[], String> texts) {
        String intro = texts.apply("links.mail.intro", new Object[0]);
        String outro = texts.apply("links.mail.outro", new Object[0]);
        StringBuilder html = new StringBuilder("<p>").append(escape(intro)).append("</p>\n<ul>\n");
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        for (Link link : links) {
            html.append("<li><a href=\"").append(escape(link.url())).append("\">").append(escape(link.title())).append("</a>");
            text.append("- ").append(link.title()).append(" : ").append(link.url()).append('\n');
            if (!link.description().isEmpty()) {
                html.append("<br>").append(escape(link.description()));
                text.append("  ").append(link.description()).append('\n');
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n<p>").append(escape(outro)).append("</p>\n");
        text.append('\n').append(outro).append('\n');
        return new WelcomeMail(texts.apply("links.mail.subject", new Object[0]), html.toString(), text.toString());
    }

    /**
     * @param text any text
     * @return the text, safe inside an HTML element or a double-quoted attribute
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
