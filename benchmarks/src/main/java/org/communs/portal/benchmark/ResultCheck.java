package org.communs.portal.benchmark;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.index.SearchIndex;

/**
 * Before timing anything: what each engine actually finds for the first samples of each kind. A
 * fast search that finds the wrong members, or none, is not a baseline; this shows where the
 * engines answer different questions (a typo, for instance, LIKE and FULLTEXT cannot forgive).
 */
final class ResultCheck {

    static final int SAMPLES = 200;

    /**
     * @param averageTotal average number of results
     * @param intendedShown for names and typos, the share of searches whose first page shows a
     *                      member with the intended last name; null for the other kinds
     */
    record Row(QueryKind kind, String engine, double averageTotal, Double intendedShown) {
    }

    private interface Search {
        Found run(QuerySample sample) throws IOException, SQLException;
    }

    static List<Row> run(QuerySamples samples, SearchIndex index, MariaDbSearch sql) throws IOException, SQLException {
        List<Row> rows = new ArrayList<>();
        for (QueryKind kind : QueryKind.values()) {
            List<QuerySample> first = samples.of(kind).subList(0, SAMPLES);
            rows.add(row(kind, "Lucene (lucene-index)", first, sample -> LuceneSearch.found(index, sample)));
            for (SqlQuery query : SqlQuery.values()) {
                if (query.kind() == kind) {
                    rows.add(row(kind, "MariaDB " + query.how(), first, sample -> sql.run(query, sample)));
                }
            }
            if (kind == QueryKind.TYPO) {
                rows.add(row(kind, "MariaDB LIKE 'x%' (not made for typos)", first, sample -> sql.like(sample.text())));
                rows.add(row(kind, "MariaDB FULLTEXT (not made for typos)", first, sample -> sql.fullText(sample.text(), false)));
            }
        }
        return rows;
    }

    private static Row row(QueryKind kind, String engine, List<QuerySample> samples, Search search)
            throws IOException, SQLException {
        long total = 0;
        int shown = 0;
        for (QuerySample sample : samples) {
            Found found = search.run(sample);
            total += found.total();
            if (sample.intended() != null && found.showsLastName(sample.intended())) {
                shown++;
            }
        }
        boolean byName = kind == QueryKind.NAME || kind == QueryKind.TYPO;
        return new Row(kind, engine, (double) total / samples.size(), byName ? (double) shown / samples.size() : null);
    }
}
