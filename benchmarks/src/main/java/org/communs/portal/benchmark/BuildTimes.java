package org.communs.portal.benchmark;

import java.time.Duration;

/**
 * The one-off costs, each measured once in the run.
 *
 * @param luceneBuild     {@code SearchIndex.rebuild} of every member into an empty on-disk index
 * @param luceneIndexSize the index's size on disk afterwards, in bytes
 * @param sqlLoad         the batched inserts into the three tables
 * @param sqlIndexes      creating the indexes afterwards (full-text and spatial included) and ANALYZE
 */
record BuildTimes(Duration luceneBuild, long luceneIndexSize, Duration sqlLoad, Duration sqlIndexes) {
}
