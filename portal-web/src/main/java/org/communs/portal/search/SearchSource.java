package org.communs.portal.search;

import java.util.List;
import org.communs.portal.index.SearchDocument;

/**
 * A feature's documents for the portal's search index, read in pages so that a rebuild never holds
 * them all in memory. Features expose one as a CDI bean; each page is read in its own transaction.
 */
public interface SearchSource {

    /** How many documents a rebuild will read, for its progress. */
    long count();

    /** Up to {@code size} documents with an id above {@code afterId}, by id; empty at the end. */
    List<Entry> page(long afterId, int size);

    /** One document and the id to continue after. */
    record Entry(long id, SearchDocument document) {
    }
}
