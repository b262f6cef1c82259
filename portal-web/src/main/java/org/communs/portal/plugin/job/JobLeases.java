package org.communs.portal.plugin.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.communs.portal.api.job.Jobs;
import org.communs.portal.api.job.Schedule;

/**
 * The {@code plugin_job} table seen by one server: which jobs are due, and the lease that lets
 * exactly one server run a job for a period. Every time is the database's clock, so servers
 * whose clocks disagree still agree on what is due.
 *
 * <p>A claim is one conditional update: it succeeds only when the job is due and nobody holds
 * it, and it moves the next run a period ahead in the same statement. Two servers claiming at
 * once are serialised by the row lock; the second finds the job no longer due.
 */
public final class JobLeases {

    private final DataSource dataSource;
    private final String owner;

    /** @param owner this server run, as the lease names it */
    public JobLeases(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    /** A lease for a new server run. */
    public static JobLeases forThisRun(DataSource dataSource) {
        return new JobLeases(dataSource, UUID.randomUUID().toString());
    }

    /** A job's place in the table. */
    public record JobKey(String pluginId, String name) {
    }

    /**
     * Makes sure the job has its row. A job already known keeps its next run, unless the
     * schedule now asks for an earlier one (a period made shorter by an upgrade).
     *
     * @param firstDaily for a daily schedule, its next time (UTC); ignored for a period
     */
    public void register(JobKey job, Schedule schedule, LocalDateTime firstDaily) throws SQLException {
        String first = schedule instanceof Schedule.Every ? "utc_timestamp(6)" : "?";
        String latest = schedule instanceof Schedule.Every every ? "utc_timestamp(6) + interval " + micros(every) + " microsecond" : "?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into plugin_job (plugin_id, name, next_run_at)"
                     + " values (?, ?, " + first + ") on duplicate key update next_run_at = least(next_run_at, " + latest + ")")) {
            insert.setString(1, job.pluginId());
            insert.setString(2, job.name());
            if (!(schedule instanceof Schedule.Every)) {
                insert.setTimestamp(3, Timestamp.valueOf(firstDaily));
                insert.setTimestamp(4, Timestamp.valueOf(firstDaily));
            }
            insert.executeUpdate();
        }
    }

    /** @return the jobs that are due and not held by a server, among all plugins' */
    public List<JobKey> due() throws SQLException {
        List<JobKey> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select plugin_id, name from plugin_job"
                     + " where next_run_at <= utc_timestamp(6) and (lease_until is null or lease_until < utc_timestamp(6))");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                due.add(new JobKey(rows.getString(1), rows.getString(2)));
            }
        }
        return due;
    }

    /**
     * Takes the job for this server if it is still due and free, and sets its next run.
     *
     * @param nextDaily for a daily schedule, its next time after this one (UTC); ignored for a period
     * @return true when this server now runs the job
     */
    public boolean claim(JobKey job, Schedule schedule, LocalDateTime nextDaily) throws SQLException {
        boolean periodic = schedule instanceof Schedule.Every;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement("update plugin_job set lease_owner = ?,"
                     + " lease_until = utc_timestamp(6) + interval ? minute, next_run_at = "
                     + (periodic ? "utc_timestamp(6) + interval ? microsecond" : "?") + ","
                     + " last_started_at = utc_timestamp(6), runs = runs + 1"
                     + " where plugin_id = ? and name = ? and next_run_at <= utc_timestamp(6)"
                     + " and (lease_until is null or lease_until < utc_timestamp(6))")) {
            int i = 1;
            claim.setString(i++, owner);
            claim.setInt(i++, Jobs.LEASE_MINUTES);
            if (schedule instanceof Schedule.Every every) {
                claim.setLong(i++, micros(every));
            } else {
                claim.setTimestamp(i++, Timestamp.valueOf(nextDaily));
            }
            claim.setString(i++, job.pluginId());
            claim.setString(i, job.name());
            return claim.executeUpdate() == 1;
        }
    }

    /**
     * Gives the job back after a run, with its error or null (the last error stays, with its
     * time, until another one replaces it: admins see the last failure even after good runs). A lease that was lost meanwhile
     * (the run outlasted it) is not this server's to give back: nothing changes then.
     */
    public void release(JobKey job, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement("update plugin_job set lease_owner = null,"
                     + " lease_until = null, last_finished_at = utc_timestamp(6)"
                     + (error == null ? "" : ", last_error = ?, last_failed_at = utc_timestamp(6), failures = failures + 1")
                     + " where plugin_id = ? and name = ? and lease_owner = ?")) {
            int i = 1;
            if (error != null) {
                release.setString(i++, error.substring(0, Math.min(error.length(), 2000)));
            }
            release.setString(i++, job.pluginId());
            release.setString(i++, job.name());
            release.setString(i, owner);
            release.executeUpdate();
        }
    }

    /** Forgets a plugin's jobs, when its data is purged. */
    public void forget(String pluginId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from plugin_job where plugin_id = ?")) {
            delete.setString(1, pluginId);
            delete.executeUpdate();
        }
    }

    // A number the code computed, never text from outside: safe to write into the statement.
    private static long micros(Schedule.Every every) {
        return every.period().toNanos() / 1_000;
    }
}
