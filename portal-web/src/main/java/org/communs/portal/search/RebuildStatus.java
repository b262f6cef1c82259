package org.communs.portal.search;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the last rebuild of the search index stands, for the admin page.
 *
 * @param running    a rebuild is under way
 * @param done       documents indexed so far
 * @param total      documents to index
 * @param startedAt  when it started, or null if none ran since the server started
 * @param finishedAt when it ended, or null
 * @param error      why it failed, or null
 */
public record RebuildStatus(boolean running, long done, long total, Instant startedAt, Instant finishedAt, String error) {

    static RebuildStatus never() {
        return new RebuildStatus(false, 0, 0, null, null, null);
    }

    public int percent() {
        return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    public Long seconds() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt).toSeconds();
    }
}
