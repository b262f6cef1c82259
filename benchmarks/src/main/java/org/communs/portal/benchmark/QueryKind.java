package org.communs.portal.benchmark;

/** The searches the directory makes, as the issue lists them. */
public enum QueryKind {
    /** An existing last name, typed whole: "Lefèvre". */
    NAME,
    /** A last name with one typo: "Lefevbre", "Frémaux". */
    TYPO,
    /** The first three letters of a last name, as typed in the search box: "lef". */
    PREFIX,
    /** Everyone with a skill, with counts by skill, town and language. */
    FACET,
    /** Everyone within 30 km of a town, nearest first. */
    GEO
}
