package org.communs.portal.api.plugin;

import java.io.IOException;
import java.io.InputStream;

/**
 * Files of a plugin, kept by the portal under the plugin's own directory, named by the SHA-256 of
 * their content (identical content is stored once) and written atomically. The plugin keeps the
 * names in its tables.
 */
public interface Blobs {

    /**
     * Stores a content, streamed (never held in memory).
     *
     * @param content  what to store; read to its end, not closed
     * @param maxBytes the most the plugin accepts
     * @return the content's SHA-256, in lower-case hexadecimal
     * @throws IOException when it cannot be read or written, or is longer than maxBytes
     */
    String put(InputStream content, long maxBytes) throws IOException;

    /**
     * @param sha256 a name {@link #put} returned
     * @return the content, to be closed by the caller
     * @throws IOException when there is no such content
     */
    InputStream open(String sha256) throws IOException;

    /**
     * @param sha256 a name {@link #put} returned
     * @return whether something was deleted
     * @throws IOException when it cannot be deleted
     */
    boolean delete(String sha256) throws IOException;
}
