package org.communs.portal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The portal's single search index: documents of every type, each with who may find it.
 *
 * <p>One instance owns the {@link IndexWriter}; searches run on near-real-time searchers that a
 * background thread refreshes at most {@value #MAX_STALE_SECONDS} s after a change, and that many
 * request threads may use at once. Every search is filtered by what the reader may see.
 */
public final class SearchIndex implements AutoCloseable {

    static final double MAX_STALE_SECONDS = 1.0;
    private static final double MIN_STALE_SECONDS = 0.05;
    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String ALL = "all";
    private static final String GRANT = "grant";

    private final Directory directory;
    private final Analyzer analyzer = new PortalTextAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> refresher;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
        this.refresher = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        refresher.setName("search-index-refresher");
        refresher.setDaemon(true);
        refresher.start();
    }

    /** An index kept in a directory on disk (created when missing). */
    public static SearchIndex open(Path path) throws IOException {
        return new SearchIndex(FSDirectory.open(path));
    }

    /** An index in memory, for tests and for rebuilding in the background. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the document, or replaces the one with the same type and id.
     *
     * @return a generation to pass to {@link #awaitSearchable(long)} when the caller must see it at once
     */
    public long index(SearchDocument document) throws IOException {
        Document fields = new Document();
        fields.add(new StringField(KEY, document.key(), Field.Store.NO));
        fields.add(new StringField(TYPE, document.type(), Field.Store.YES));
        fields.add(new StoredField(ID, document.id()));
        fields.add(new TextField(TITLE, document.title(), Field.Store.YES));
        fields.add(new TextField(ALL, document.title(), Field.Store.NO));
        for (String value : document.text().values()) {
            fields.add(new TextField(ALL, value, Field.Store.NO));
        }
        for (String grant : document.visibility().grants()) {
            fields.add(new StringField(GRANT, grant, Field.Store.NO));
        }
        return writer.updateDocument(new Term(KEY, document.key()), fields);
    }

    public long delete(String type, String id) throws IOException {
        return writer.deleteDocuments(new Term(KEY, type + "/" + id));
    }

    /** Blocks until the change of that generation is visible to searches. */
    public void awaitSearchable(long generation) throws InterruptedException {
        refresher.waitForGeneration(generation);
    }

    /** Makes every change so far durable on disk. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Finds what the reader may see, best first. Words are matched without accents or case,
     * with one typo tolerated in words of four letters or more, and the last word as a prefix
     * (search as you type). An empty query lists everything visible.
     */
    public List<SearchHit> search(String text, Reader reader, int limit) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(textQuery(text), BooleanClause.Occur.MUST)
                .add(visibleTo(reader), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<SearchHit> hits = new ArrayList<>();
            var storedFields = searcher.storedFields();
            for (ScoreDoc scoreDoc : searcher.search(query, Math.max(1, limit)).scoreDocs) {
                Document stored = storedFields.document(scoreDoc.doc);
                hits.add(new SearchHit(stored.get(TYPE), stored.get(ID), stored.get(TITLE), scoreDoc.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query textQuery(String text) {
        List<String> words = terms(text == null ? "" : text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            all.add(wordQuery(words.get(i), i == words.size() - 1), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** One word: exact (best), in the title (better), with a typo, or as a prefix for the last word. */
    private static Query wordQuery(String word, boolean last) {
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(ALL, word)), 3f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 2f), BooleanClause.Occur.SHOULD);
        if (word.length() >= 4) {
            either.add(new FuzzyQuery(new Term(ALL, word), 1), BooleanClause.Occur.SHOULD);
        }
        if (last) {
            either.add(new PrefixQuery(new Term(ALL, word)), BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    private static Query visibleTo(Reader reader) {
        BooleanQuery.Builder anyGrant = new BooleanQuery.Builder();
        for (String grant : reader.grants()) {
            anyGrant.add(new TermQuery(new Term(GRANT, grant)), BooleanClause.Occur.SHOULD);
        }
        return anyGrant.setMinimumNumberShouldMatch(1).build();
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a query string cannot fail", e);
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        refresher.close();
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }

    /** For tests: the number of documents visible to searches now. */
    int visibleCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new MatchAllDocsQuery());
        } finally {
            searchers.release(searcher);
        }
    }
}
