package org.communs.portal.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * The portal's single search index: documents of every type, each with who may find which part.
 *
 * <p>One instance owns the {@link IndexWriter}; searches run on near-real-time searchers that a
 * background thread refreshes at most {@value #MAX_STALE_SECONDS} s after a change, and that many
 * request threads may use at once. Every search is filtered by what the reader may see.
 *
 * <p>A document with {@link Layer layers} is stored as one Lucene document per audience ("view"),
 * holding the fields that audience may see; a view also lists the grants of the later layers as
 * denied, so each reader matches exactly one view: the most complete one they are entitled to.
 * Matching, facets, distances and highlights then only ever use fields the reader may see.
 *
 * <p>The index is derived data. {@link #needsRebuild()} says when it cannot be trusted (missing,
 * corrupt, or not closed cleanly last time) and {@link #rebuild} refills it from the source.
 */
public final class SearchIndex implements AutoCloseable {

    static final double MAX_STALE_SECONDS = 1.0;
    static final int MIN_FUZZY_LENGTH = 4;
    private static final double MIN_STALE_SECONDS = 0.05;
    private static final int FACET_VALUES_SHOWN = 20;
    /** Analyzers are thread-safe and reuse their components per thread: one serves every sort key. */
    private static final Analyzer SORT_ANALYZER = new PortalTextAnalyzer();
    private static final int PROGRESS_EVERY = 1_000;

    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String LINK = "link";
    static final String ALL = "all";
    private static final String STEM = "stem";
    private static final String GRANT = "grant";
    private static final String DENY = "deny";
    private static final String TEXT = "text.";
    private static final String SORT = "sort";
    private static final String GEO = "geo";
    private static final String LATITUDE = "geo.lat";
    private static final String LONGITUDE = "geo.lon";

    /** Commit data: how the index was left, to tell a clean shutdown from a crash. */
    private static final String STATE = "portal.state";
    private static final String STATE_OPEN = "open";
    private static final String STATE_CLOSED = "closed";
    private static final String STATE_REBUILDING = "rebuilding";

    private final Directory directory;
    private final Analyzer analyzer = new PortalTextAnalyzer();
    private final Analyzer stemmer = PortalTextAnalyzer.stemming();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> refresher;
    private final Object rebuilding = new Object();
    private volatile boolean needsRebuild;
    private volatile Set<String> changedDuringRebuild;
    private volatile boolean closing;

    private SearchIndex(Directory directory, boolean create) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(STEM, stemmer)))
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        try {
            this.needsRebuild = create || !STATE_CLOSED.equals(committedState());
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        markState(STATE_OPEN);
        this.refresher = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        refresher.setName("search-index-refresher");
        refresher.setDaemon(true);
        refresher.start();
    }

    /**
     * An index kept in a directory on disk, created when missing. An index that cannot be read
     * (corrupt, or written by another Lucene) is emptied; {@link #needsRebuild()} then says so.
     */
    public static SearchIndex open(Path path) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return new SearchIndex(directory, !DirectoryReader.indexExists(directory));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | EOFException | NoSuchFileException unreadable) {
            // Even a writer that creates a new index reads the last commit: clear the directory first.
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return new SearchIndex(directory, true);
        }
    }

    /** An index in memory, for tests and benchmarks. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index may lack documents: new, unreadable, left by a crash, or half rebuilt. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /**
     * Adds the document, or replaces the one with the same type and id.
     *
     * @return a generation to pass to {@link #awaitSearchable(long)} when the caller must see it at once
     */
    public long index(SearchDocument document) throws IOException {
        touched(document.key());
        return write(document);
    }

    public long delete(String type, String id) throws IOException {
        String key = type + "/" + id;
        touched(key);
        return writer.deleteDocuments(new Term(KEY, key));
    }

    private long write(SearchDocument document) throws IOException {
        return writer.updateDocuments(new Term(KEY, document.key()), views(document));
    }

    /**
     * A rebuild writes documents read from the source a moment before; a change indexed meanwhile
     * is newer and must win, so the rebuild skips the keys changed since it began.
     */
    private void touched(String key) {
        Set<String> changed = changedDuringRebuild;
        if (changed != null) {
            changed.add(key);
        }
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
     * Empties the index and fills it with these documents, telling how many are done as it goes;
     * when it returns, searches see them all. A document indexed or deleted meanwhile keeps that
     * newer state: the rebuild skips it rather than write its own, older copy. Until it ends, searches see part of the documents; a crash part-way leaves {@link #needsRebuild()} set
     * for the next start.
     */
    public void rebuild(Iterator<SearchDocument> documents, LongConsumer progress) throws IOException {
        synchronized (rebuilding) {
            needsRebuild = true;
            Set<String> changed = ConcurrentHashMap.newKeySet();
            changedDuringRebuild = changed;
            try {
                markState(STATE_REBUILDING);
                writer.deleteAll();
                long done = 0;
                while (documents.hasNext()) {
                    if (closing) {
                        // Shutting down: stop here; the state left says "rebuilding", so the next start rebuilds.
                        return;
                    }
                    SearchDocument document = documents.next();
                    if (!changed.contains(document.key())) {
                        write(document);
                    }
                    if (++done % PROGRESS_EVERY == 0) {
                        progress.accept(done);
                    }
                }
                markState(STATE_OPEN);
                searchers.maybeRefreshBlocking();
                needsRebuild = false;
                progress.accept(done);
            } finally {
                changedDuringRebuild = null;
            }
        }
    }

    /** The simplest search: words, by relevance, without facets. */
    public List<SearchHit> search(String text, Reader reader, int limit) throws IOException {
        return search(SearchQuery.of(text, reader).withPage(0, Math.max(1, limit))).hits();
    }

    /**
     * Finds what the reader may see. Words are matched without accents or case, by stem, with one
     * typo tolerated in words of {@value #MIN_FUZZY_LENGTH} letters or more, and the last word as a
     * prefix (search as you type); every word must match. No words lists everything visible.
     */
    public SearchResult search(SearchQuery query) throws IOException {
        List<String> words = terms(analyzer, query.text());
        if (words.size() > SearchQuery.MAX_WORDS) {
            words = words.subList(0, SearchQuery.MAX_WORDS);
        }
        List<String> stems = words.stream().map(this::stem).toList();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query matching = matching(query, words, stems, null);
            // One pass over the matches gives the page, the total and the counts of unfiltered facets.
            List<String> unfiltered = query.countFacets().stream().filter(f -> !query.filters().containsKey(f)).toList();
            Object[] collected = searcher.search(matching,
                    new MultiCollectorManager(topDocs(query), new FacetCounter(unfiltered)));
            TopDocs top = (TopDocs) collected[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> counts = new HashMap<>((Map<String, Map<String, Integer>>) collected[1]);
            Highlighter highlighter = new Highlighter(analyzer, stemmer, words, stems);
            List<SearchHit> hits = new ArrayList<>();
            var storedFields = searcher.storedFields();
            ScoreDoc[] page = top.scoreDocs;
            for (int i = query.offset(); i < page.length; i++) {
                hits.add(hit(storedFields.document(page[i].doc), page[i].score, query, words.isEmpty() ? null : highlighter));
            }
            return new SearchResult(top.totalHits.value(), hits, facets(searcher, query, words, stems, counts));
        } finally {
            searchers.release(searcher);
        }
    }

    private static CollectorManager<?, ? extends TopDocs> topDocs(SearchQuery query) {
        int wanted = Math.max(1, query.offset() + query.limit());
        return switch (query.order()) {
            // Counting every match (no threshold) gives members an exact "N results".
            case RELEVANCE -> new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
            case NAME -> new TopFieldCollectorManager(
                    new Sort(new SortField(SORT, SortField.Type.STRING), SortField.FIELD_SCORE), wanted, Integer.MAX_VALUE);
            case DISTANCE -> new TopFieldCollectorManager(
                    new Sort(LatLonDocValuesField.newDistanceSort(GEO, query.near().point().latitude(),
                            query.near().point().longitude())), wanted, Integer.MAX_VALUE);
        };
    }

    private SearchHit hit(Document stored, float score, SearchQuery query, Highlighter highlighter) {
        String title = stored.get(TITLE);
        Double distanceKm = null;
        IndexableField latitude = stored.getField(LATITUDE);
        if (query.near() != null && latitude != null) {
            GeoPoint from = query.near().point();
            distanceKm = SloppyMath.haversinMeters(from.latitude(), from.longitude(),
                    latitude.numericValue().doubleValue(), stored.getField(LONGITUDE).numericValue().doubleValue()) / 1000;
        }
        List<Highlight> highlights = new ArrayList<>();
        if (highlighter != null) {
            highlighter.highlight(TITLE, title).ifPresent(highlights::add);
            for (IndexableField field : stored.getFields()) {
                if (field.name().startsWith(TEXT)) {
                    highlighter.highlight(field.name().substring(TEXT.length()), field.stringValue()).ifPresent(highlights::add);
                }
            }
        }
        return new SearchHit(stored.get(TYPE), stored.get(ID), title, Float.isNaN(score) ? 0 : score, distanceKm, highlights,
                stored.get(LINK));
    }

    /**
     * Completes the counts of unfiltered facets (made with the page) with those of each facet the
     * query filters on, counted without its own filter so that its other values stay pickable.
     */
    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, SearchQuery query, List<String> words,
                                                 List<String> stems, Map<String, Map<String, Integer>> counts)
            throws IOException {
        for (String facet : query.countFacets()) {
            if (query.filters().containsKey(facet)) {
                counts.putAll(searcher.search(matching(query, words, stems, facet), new FacetCounter(List.of(facet))));
            }
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : query.countFacets()) {
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            List<FacetCount> values = new ArrayList<>(counts.get(facet).entrySet().stream()
                    .map(value -> new FacetCount(value.getKey(), value.getValue(), selected.contains(value.getKey())))
                    .sorted(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value))
                    .limit(FACET_VALUES_SHOWN)
                    .toList());
            for (String value : selected) {
                if (values.stream().noneMatch(count -> count.value().equals(value))) {
                    values.add(new FacetCount(value, counts.get(facet).getOrDefault(value, 0), true));
                }
            }
            facets.put(facet, List.copyOf(values));
        }
        return facets;
    }

    /** The whole query: words, visibility, types, facet filters (but {@code exceptFacet}'s) and distance. */
    private Query matching(SearchQuery query, List<String> words, List<String> stems, String exceptFacet) {
        Set<String> grants = query.reader().grants();
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(words(words, stems), Occur.MUST)
                .add(anyOf(GRANT, grants), Occur.FILTER)
                .add(anyOf(DENY, grants), Occur.MUST_NOT);
        if (!query.types().isEmpty()) {
            all.add(anyOf(TYPE, query.types()), Occur.FILTER);
        }
        query.filters().forEach((facet, values) -> {
            if (!facet.equals(exceptFacet)) {
                all.add(anyOf(FacetCounter.field(facet), values), Occur.FILTER);
            }
        });
        if (query.near() != null) {
            GeoPoint centre = query.near().point();
            all.add(LatLonPoint.newDistanceQuery(GEO, centre.latitude(), centre.longitude(),
                    query.near().radiusKm() * 1000), Occur.FILTER);
        }
        return all.build();
    }

    private static Query words(List<String> words, List<String> stems) {
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            every.add(word(words.get(i), stems.get(i), i == words.size() - 1), Occur.MUST);
        }
        return every.build();
    }

    /** One word: exact (best), in the title (better), same stem, with a typo, or as a prefix for the last word. */
    private static Query word(String word, String stem, boolean last) {
        BooleanQuery.Builder either = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(ALL, word)), 3f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 2f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(STEM, stem)), 1.5f), Occur.SHOULD);
        if (word.length() >= MIN_FUZZY_LENGTH) {
            either.add(new FuzzyQuery(new Term(ALL, word), 1), Occur.SHOULD);
        }
        if (last) {
            either.add(new PrefixQuery(new Term(ALL, word)), Occur.SHOULD);
        }
        return either.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        return any.build();
    }

    /** One Lucene document per layer with readers: its fields and every earlier layer's. */
    private static List<Document> views(SearchDocument document) {
        List<Layer> layers = document.layers();
        List<Document> views = new ArrayList<>();
        for (int last = 0; last < layers.size(); last++) {
            if (layers.get(last).audience().isEmpty()) {
                continue;
            }
            Document view = new Document();
            view.add(new StringField(KEY, document.key(), Field.Store.NO));
            view.add(new StringField(TYPE, document.type(), Field.Store.YES));
            view.add(new StoredField(ID, document.id()));
            if (document.link() != null) {
                view.add(new StoredField(LINK, document.link()));
            }
            view.add(new TextField(TITLE, document.title(), Field.Store.YES));
            view.add(new TextField(ALL, document.title(), Field.Store.NO));
            view.add(new TextField(STEM, document.title(), Field.Store.NO));
            view.add(new SortedDocValuesField(SORT, new BytesRef(sortable(document.sortKey()))));
            Map<String, Set<String>> facets = new HashMap<>();
            GeoPoint location = null;
            for (int i = 0; i <= last; i++) {
                Layer layer = layers.get(i);
                layer.text().forEach((field, value) -> {
                    view.add(new TextField(ALL, value, Field.Store.NO));
                    view.add(new TextField(STEM, value, Field.Store.NO));
                    view.add(new StoredField(TEXT + field, value));
                });
                layer.facets().forEach((facet, values) -> facets.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values));
                location = layer.location() == null ? location : layer.location();
            }
            facets.forEach((facet, values) -> values.forEach(value -> {
                view.add(new StringField(FacetCounter.field(facet), value, Field.Store.NO));
                view.add(new SortedSetDocValuesField(FacetCounter.field(facet), new BytesRef(value)));
            }));
            if (location != null) {
                view.add(new LatLonPoint(GEO, location.latitude(), location.longitude()));
                view.add(new LatLonDocValuesField(GEO, location.latitude(), location.longitude()));
                view.add(new StoredField(LATITUDE, location.latitude()));
                view.add(new StoredField(LONGITUDE, location.longitude()));
            }
            layers.get(last).audience().grants().forEach(grant -> view.add(new StringField(GRANT, grant, Field.Store.NO)));
            for (int later = last + 1; later < layers.size(); later++) {
                layers.get(later).audience().grants().forEach(grant -> view.add(new StringField(DENY, grant, Field.Store.NO)));
            }
            views.add(view);
        }
        return views;
    }

    /** Sort keys compare without case or accents, as a French reader expects "Émile" next to "Emma". */
    private static String sortable(String key) {
        return String.join(" ", terms(SORT_ANALYZER, key));
    }

    private String stem(String word) {
        List<String> stemmed = terms(stemmer, word);
        return stemmed.isEmpty() ? word : stemmed.getFirst();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return terms;
    }

    private String committedState() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData() == null ? Set.<Map.Entry<String, String>>of()
                : writer.getLiveCommitData()) {
            if (STATE.equals(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private void markState(String state) throws IOException {
        writer.setLiveCommitData(Map.of(STATE, state).entrySet());
        writer.commit();
    }

    /** Commits and marks the index as cleanly closed, so the next start trusts it. */
    @Override
    public void close() throws IOException {
        closing = true;
        refresher.close();
        synchronized (rebuilding) {
            if (!needsRebuild) {
                markState(STATE_CLOSED);
            }
        }
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
        stemmer.close();
    }

    /** For tests: the number of Lucene documents (views) visible to searches now. */
    int visibleCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new MatchAllDocsQuery());
        } finally {
            searchers.release(searcher);
        }
    }
}
