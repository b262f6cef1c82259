package org.communs.portal.benchmark;

/**
 * One query's values.
 *
 * @param kind     which search
 * @param text     what is typed (a name, a typo, a prefix), or the skill filtered on
 * @param intended for names and typos, the last name the member means; otherwise null
 * @param town     for geo queries, the town around which to look; otherwise null
 */
public record QuerySample(QueryKind kind, String text, String intended, Town town) {
}
