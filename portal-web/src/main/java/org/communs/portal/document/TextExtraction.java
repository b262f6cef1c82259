package org.communs.portal.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

/**
 * The text inside a document (PDF, OpenDocument, Office, plain text), read with Apache Tika so
 * that a search finds a file by a sentence in it. A file Tika cannot read (a corrupt PDF…) simply
 * has no text: it stays stored and downloadable, found by its name. Reading stops at
 * {@value #MAX_CHARS} characters or after {@link #TIME_LIMIT}, keeping what was read by then,
 * so one huge or pathological file cannot hold the indexing queue.
 */
@ApplicationScoped
public class TextExtraction {

    /** Enough for any sentence to be found; a 2,000-page manual is not indexed to its last word. */
    static final int MAX_CHARS = 500_000;
    /** A 200-page PDF takes about 2 s here (BENCHMARKS.md). */
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    private final AutoDetectParser parser = new AutoDetectParser();

    /** @return the text, or empty when the file has none Tika can read */
    public Optional<String> text(InputStream content, String fileName) {
        return text(content, fileName, TIME_LIMIT);
    }

    Optional<String> text(InputStream content, String fileName, Duration limit) {
        BodyContentHandler body = new BodyContentHandler(MAX_CHARS);
        Deadline handler = new Deadline(body, System.nanoTime() + limit.toNanos());
        Metadata metadata = new Metadata();
        metadata.set("resourceName", fileName);
        try {
            parser.parse(content, handler, metadata, new ParseContext());
        } catch (Exception unreadable) {
            if (handler.passed) {
                LOG.info("Text of " + fileName + " read for " + limit.toSeconds() + " s: the rest is not indexed");
            } else if (!WriteLimitReachedException.isWriteLimitReached(unreadable)) {
                LOG.log(Level.INFO, "No text could be read from " + fileName + ": " + unreadable);
                return Optional.empty();
            }
        }
        String text = body.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Stops the parser, by failing its next output, once the time is up. A parser that loops
     * without writing anything is not stopped by it; Tika's parsers write as they read.
     */
    private static final class Deadline extends ContentHandlerDecorator {

        private final long deadlineNanos;
        private boolean passed;

        Deadline(BodyContentHandler body, long deadlineNanos) {
            super(body);
            this.deadlineNanos = deadlineNanos;
        }

        private void check() throws SAXException {
            if (System.nanoTime() > deadlineNanos) {
                passed = true;
                throw new SAXException("time limit for text extraction reached");
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }
    }
}
