package org.communs.portal.richtext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Server-side handling of the rich text members write in news items, mailings and collective descriptions.
 *
 * <p>The browser editor (PrimeFaces' {@code p:textEditor}, i.e. Quill) sends HTML, but nothing forces a client to
 * send what the editor produced: the HTML is shown to every member and mailed out, so it is cleaned here against an
 * allowlist of what Quill actually writes before it is stored. Everything else (scripts, event handlers, styles,
 * frames, forms, SVG/MathML, foreign URL schemes, comments) is dropped. {@link #plainText(String)} gives the text for
 * the search index and the {@code text/plain} part of e-mails.
 */
public final class RichText {

    /** Longer bodies are refused by the services; {@link #sanitize(String)} itself accepts any length. */
    public static final int MAX_HTML_CHARS = 500_000;

    /** Quill's formats are all carried by {@code ql-*} classes (alignment, size, indent, syntax). */
    private static final Set<String> LIST_KINDS = Set.of("bullet", "ordered", "checked", "unchecked");

    private static final Pattern QUILL_CLASS = Pattern.compile("ql-[a-z0-9-]{1,40}");

    /** Links open outside the portal, without giving the target a handle on the portal's window or a ranking. */
    private static final String LINK_REL = "noopener noreferrer nofollow";

    /**
     * Cleaning is repeated until its output no longer changes, because the Cleaner can build trees that the HTML
     * parser would shape differently (rows of a dropped {@code <tfoot>} get a {@code <tbody>} on the next parse,
     * an emptied element leaves only whitespace) and the stored text must read back the same. Real editor output
     * settles after the first pass; in fuzzing, hostile input never needed more than three.
     */
    private static final int MAX_PASSES = 6;

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "blockquote", "pre", "ol", "ul",
            "li", "table", "thead", "tbody", "tr", "hr", "div");

    private static final Safelist SAFELIST = safelist();

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .escapeMode(Entities.EscapeMode.base)
            .charset(StandardCharsets.UTF_8);

    private RichText() {
    }

    /**
     * Built element by element rather than from {@code Safelist.relaxed()}, so that a jsoup upgrade cannot widen what
     * we let through.
     */
    private static Safelist safelist() {
        Safelist safelist = new Safelist()
                .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "strike", "sub", "sup", "blockquote", "pre",
                        "code", "h1", "h2", "h3", "h4", "ol", "ul", "li", "a", "img", "span", "hr", "table", "thead",
                        "tbody", "tr", "th", "td", "div")
                .addAttributes("a", "href")
                // Quill 2 (PrimeFaces' editor) marks bullet and check lists on the <li>, inside an <ol>.
                .addAttributes("li", "data-list")
                .addAttributes("img", "src", "alt", "width", "height")
                .addProtocols("a", "href", "http", "https", "mailto")
                // Only https images: http ones leak the reader's address in clear and trigger mixed-content warnings.
                .addProtocols("img", "src", "https");
        // Quill 2 writes code blocks as <div class="ql-code-block-container"><div class="ql-code-block">.
        for (String tag : List.of("p", "span", "li", "h1", "h2", "h3", "h4", "pre", "ol", "ul", "div")) {
            safelist.addAttributes(tag, "class");
        }
        return safelist;
    }

    /**
     * Cleans user-written HTML down to the formatting the editor produces. Never fails on content: whatever is not
     * allowed is dropped, keeping the text inside a dropped element (but not the content of {@code <script>} or
     * {@code <style>}). The result is stable:
     * {@code sanitize(sanitize(x))} equals {@code sanitize(x)}.
     *
     * @return the clean HTML, or "" for null or blank input
     */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String result = clean(html).body().html();
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            String again = clean(result).body().html();
            if (again.equals(result)) {
                break;
            }
            result = again;
        }
        // Whitespace alone would be turned into "" by the next call.
        return result.isBlank() ? "" : result;
    }

    /**
     * The visible text, with a line break between paragraphs and for each {@code <br>}, and at most one blank line in
     * a row. For the search index and for the {@code text/plain} part of e-mails.
     *
     * @return the text, or "" for null or blank input
     */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Read from the cleaned tree: only what sanitize keeps is ever shown, so only that is visible text.
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, clean(html).body());
        return collector.text();
    }

    /**
     * The start of the {@link #plainText(String) plain text}, at most {@code maxChars} characters long including the
     * ellipsis, cut after a whole word when there is one.
     *
     * @param maxChars the largest length of the result, at least 1
     */
    public static String excerpt(String html, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
        }
        String text = plainText(html);
        if (text.length() <= maxChars) {
            return text;
        }
        int limit = maxChars - 1; // room for the ellipsis
        int cut = limit;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            // One word longer than the excerpt: cut inside it, but not between the two halves of a character.
            cut = Character.isLowSurrogate(text.charAt(limit)) ? Math.max(0, limit - 1) : limit;
        }
        int end = cut; // no space or dangling separator before the ellipsis
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * Whether the HTML shows nothing once sanitised: no visible text and no image. The editor sends
     * {@code <p><br></p>} for an empty field, which must count as empty for required fields.
     */
    public static boolean isBlank(String html) {
        if (html == null || html.isBlank()) {
            return true;
        }
        Element body = clean(html).body();
        if (!body.getElementsByTag("img").isEmpty()) {
            return false;
        }
        return body.text().codePoints().allMatch(RichText::isInvisible);
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0xAD;
    }

    /** One cleaning pass: parse, keep the allowlist, then fix what a Safelist cannot express. */
    private static Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(OUTPUT.clone());
        tidy(clean.body());
        return clean;
    }

    private static void tidy(Element body) {
        for (Element el : body.getElementsByAttribute("class")) {
            keepQuillClasses(el);
        }
        for (Element li : body.getElementsByAttribute("data-list")) {
            if (!LIST_KINDS.contains(li.attr("data-list"))) {
                li.removeAttr("data-list");
            }
        }
        for (Element img : body.getElementsByTag("img")) {
            // The Cleaner drops a src with a refused scheme but keeps the element: an empty image is only noise.
            if (img.attr("src").isEmpty()) {
                img.remove();
            }
        }
        for (Element a : body.getElementsByTag("a")) {
            if (!a.hasAttr("href") || a.parents().stream().anyMatch(p -> p.nameIs("a"))) {
                // A link without a target (its URL was refused) is just text; a link inside a link is split by
                // browsers, so the inner one goes.
                a.unwrap();
            } else {
                a.attr("rel", LINK_REL);
                a.attr("target", "_blank");
            }
        }
        for (Element pre : body.getElementsByTag("pre")) {
            // The parser drops a newline right after <pre>, and the serialiser does not add one back: double a
            // leading newline so it survives the next parse.
            if (pre.childNodeSize() > 0 && pre.childNode(0) instanceof TextNode text
                    && text.getWholeText().startsWith("\n")) {
                text.text("\n" + text.getWholeText());
            }
        }
    }

    private static void keepQuillClasses(Element el) {
        List<String> kept = new ArrayList<>();
        for (String token : el.attr("class").trim().split("\\s+")) {
            if (QUILL_CLASS.matcher(token).matches() && !kept.contains(token)) {
                kept.add(token);
            }
        }
        if (kept.isEmpty()) {
            el.removeAttr("class");
        } else {
            el.attr("class", String.join(" ", kept));
        }
    }

    /** Collects text like {@code Element.text()}, but keeps paragraph and line breaks. */
    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (preDepth > 0) {
                    out.append(text.getWholeText().replace("\r\n", "\n").replace('\r', '\n'));
                } else {
                    appendCollapsed(text.getWholeText());
                }
            } else if (node instanceof Element el) {
                if (el.nameIs("br")) {
                    newLine();
                } else if (el.nameIs("td") || el.nameIs("th")) {
                    space();
                } else if (BLOCKS.contains(el.normalName())) {
                    lineStart();
                }
                if (el.nameIs("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (el.nameIs("pre")) {
                    preDepth--;
                }
                if (el.nameIs("td") || el.nameIs("th")) {
                    space();
                } else if (BLOCKS.contains(el.normalName())) {
                    lineStart();
                }
            }
        }

        private void appendCollapsed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isCollapsible(c)) {
                    space();
                } else if (c != '\u200B' && c != '\u00AD') { // zero-width space, soft hyphen: invisible
                    out.append(c);
                }
            }
        }

        private static boolean isCollapsible(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
        }

        /** A space, unless at the start of a line or after one. */
        private void space() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }

        /** A {@code <br>}: always a new line, so that an empty paragraph gives an empty line. */
        private void newLine() {
            trimTrailingSpaces();
            out.append('\n');
        }

        /** A block boundary: a new line unless we are already at the start of one. */
        private void lineStart() {
            trimTrailingSpaces();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                end--;
            }
            out.setLength(end);
        }

        String text() {
            List<String> lines = new ArrayList<>();
            boolean lastBlank = true; // also drops blank lines at the start
            for (String line : out.toString().split("\n", -1)) {
                String trimmed = line.stripTrailing();
                boolean blank = trimmed.isBlank();
                if (blank && lastBlank) {
                    continue;
                }
                lines.add(blank ? "" : trimmed);
                lastBlank = blank;
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return String.join("\n", lines);
        }
    }
}
