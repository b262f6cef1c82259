package org.communs.portal.benchmark;

/** The baseline: each kind of query in SQL, in every way MariaDB offers to answer it. */
public enum SqlQuery {
    NAME_LIKE(QueryKind.NAME, "LIKE 'x%' on first or last name (UNION of 2 index ranges)"),
    NAME_FULLTEXT(QueryKind.NAME, "FULLTEXT, MATCH … AGAINST ('+x' IN BOOLEAN MODE)"),
    TYPO_SOUNDEX(QueryKind.TYPO, "SOUNDEX(last_name), indexed generated column"),
    PREFIX_LIKE(QueryKind.PREFIX, "LIKE 'x%' on first or last name (UNION of 2 index ranges)"),
    PREFIX_FULLTEXT(QueryKind.PREFIX, "FULLTEXT, MATCH … AGAINST ('+x*' IN BOOLEAN MODE)"),
    FACET_GROUP_BY(QueryKind.FACET, "JOIN member_skill, 4 × COUNT/GROUP BY"),
    GEO_SPATIAL(QueryKind.GEO, "SPATIAL index (MBRContains) + ST_Distance_Sphere, ORDER BY distance");

    private final QueryKind kind;
    private final String how;

    SqlQuery(QueryKind kind, String how) {
        this.kind = kind;
        this.how = how;
    }

    public QueryKind kind() {
        return kind;
    }

    public String how() {
        return how;
    }
}
