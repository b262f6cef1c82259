package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.exception.WriteLimitReachedException;

/**
 * The text inside a document (PDF, OpenDocument, Office, plain text), read with Apache Tika so
 * that a search finds a file by a sentence in it. A file Tika cannot read (a corrupt PDF…) simply
 * has no text: it stays stored and downloadable, found by its name.
 */
@ApplicationScoped
public class TextExtraction {

    /** Enough for any sentence to be found; a 2,000-page manual is not indexed to its last word. */
    static final int MAX_CHARS = 500_000;
    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    private final AutoDetectParser parser = new AutoDetectParser();

    /** @return the text, or empty when the file has none Tika can read */
    public Optional<String> text(InputStream content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set("resourceName", fileName);
        try {
            parser.parse(content, handler, metadata, new ParseContext());
        } catch (Exception unreadable) {
            if (!WriteLimitReachedException.isWriteLimitReached(unreadable)) {
                LOG.log(Level.INFO, "No text could be read from " + fileName + ": " + unreadable);
                return Optional.empty();
            }
        }
        String text = handler.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
