package org.communs.portal.plugins.tasks.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.access.SpaceRole;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The tables {@code tasks_space} and {@code tasks_space_member}. */
public final class SpaceRepository {

    private static final String COLUMNS = "s.id, s.name, s.kind, s.collective_id, s.owner_id, s.position, s.archived_at,"
            + " s.created_by, s.created_at";
    private static final String ORDER = " ORDER BY s.position, s.id";

    /** @return the space, if there is one */
    public Optional<Space> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_space s WHERE s.id = ?", SpaceRepository::space, id);
    }

    /**
     * The spaces a member might see, before their role in each is worked out: every space that is
     * not private, and the private ones they own, have a row in, or were shared a task of.
     *
     * @param memberId     the member
     * @param sharedSpaces the spaces where a task is shared with them
     * @return the spaces, in their order
     */
    public List<Space> candidatesFor(Sql sql, long memberId, Collection<Long> sharedSpaces) {
        String shared = sharedSpaces.isEmpty() ? "" : " OR s.id IN (" + Rows.placeholders(sharedSpaces.size()) + ")";
        return sql.list("SELECT " + COLUMNS + " FROM tasks_space s WHERE s.kind <> 'PRIVATE' OR s.owner_id = ?"
                        + " OR s.id IN (SELECT m.space_id FROM tasks_space_member m WHERE m.member_id = ?)" + shared + ORDER,
                SpaceRepository::space, Rows.flat(memberId, memberId, sharedSpaces));
    }

    /** @return the spaces of a collective, archived ones included */
    public List<Space> ofCollective(Sql sql, long collectiveId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_space s WHERE s.kind = 'COLLECTIVE' AND s.collective_id = ? ORDER BY s.id",
                SpaceRepository::space, collectiveId);
    }

    /** @return every space, for the plugin's own work (search rebuild) */
    public List<Space> all(Sql sql) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_space s" + ORDER, SpaceRepository::space);
    }

    /** @return the private spaces a member owns */
    public List<Space> privateSpacesOf(Sql sql, long memberId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_space s WHERE s.kind = 'PRIVATE' AND s.owner_id = ?" + ORDER,
                SpaceRepository::space, memberId);
    }

    /** @return the new space's id */
    public long insert(Sql sql, String name, SpaceKind kind, Long collectiveId, Long ownerId, long createdBy, Instant at) {
        int position = sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_space", row -> row.getInt(1)).orElse(1);
        return sql.insert("INSERT INTO tasks_space (name, kind, collective_id, owner_id, position, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", name, kind, collectiveId, ownerId, position, createdBy, at);
    }

    /** @return whether the space was renamed */
    public boolean rename(Sql sql, long id, String name) {
        return sql.update("UPDATE tasks_space SET name = ? WHERE id = ?", name, id) > 0;
    }

    /** @param at when it was archived, or null to restore it */
    public void setArchived(Sql sql, long id, Instant at) {
        sql.update("UPDATE tasks_space SET archived_at = ? WHERE id = ?", at, id);
    }

    /** @return the member's explicit role in the space, if any */
    public Optional<SpaceRole> explicitRole(Sql sql, long spaceId, long memberId) {
        return sql.first("SELECT role FROM tasks_space_member WHERE space_id = ? AND member_id = ?",
                row -> SpaceRole.valueOf(row.getString(1)), spaceId, memberId);
    }

    /** @return the space's explicit rows: member → role */
    public Map<Long, SpaceRole> explicitRoles(Sql sql, long spaceId) {
        Map<Long, SpaceRole> roles = new HashMap<>();
        sql.list("SELECT member_id, role FROM tasks_space_member WHERE space_id = ?",
                row -> roles.put(row.getLong(1), SpaceRole.valueOf(row.getString(2))), spaceId);
        return roles;
    }

    /** @return the member's explicit rows: space → role */
    public Map<Long, SpaceRole> explicitRolesOf(Sql sql, long memberId) {
        Map<Long, SpaceRole> roles = new HashMap<>();
        sql.list("SELECT space_id, role FROM tasks_space_member WHERE member_id = ?",
                row -> roles.put(row.getLong(1), SpaceRole.valueOf(row.getString(2))), memberId);
        return roles;
    }

    /** Gives a member an explicit role in the space, replacing the one they had. */
    public void setRole(Sql sql, long spaceId, long memberId, SpaceRole role) {
        sql.update("INSERT INTO tasks_space_member (space_id, member_id, role) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE role = VALUES(role)", spaceId, memberId, role);
    }

    /** Removes a member's explicit row: their role is the space's default again. */
    public void removeRole(Sql sql, long spaceId, long memberId) {
        sql.update("DELETE FROM tasks_space_member WHERE space_id = ? AND member_id = ?", spaceId, memberId);
    }

    /** Removes every explicit row of a member (erasure). */
    public void removeMember(Sql sql, long memberId) {
        sql.update("DELETE FROM tasks_space_member WHERE member_id = ?", memberId);
    }

    /** Forgets who created spaces (erasure); the spaces stay. */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_space SET created_by = NULL WHERE created_by = ?", memberId);
    }

    /** Deletes a space that has no lists left (erasure of a private space, after its lists). */
    public void delete(Sql sql, long id) {
        sql.update("DELETE FROM tasks_space_member WHERE space_id = ?", id);
        sql.update("DELETE FROM tasks_space WHERE id = ?", id);
    }

    private static Space space(ResultSet row) throws SQLException {
        return new Space(row.getLong("id"), row.getString("name"), SpaceKind.valueOf(row.getString("kind")),
                Rows.longOrNull(row, "collective_id"), Rows.longOrNull(row, "owner_id"), row.getInt("position"),
                Rows.instant(row, "archived_at"), Rows.longOrNull(row, "created_by"), Rows.instant(row, "created_at"));
    }
}
