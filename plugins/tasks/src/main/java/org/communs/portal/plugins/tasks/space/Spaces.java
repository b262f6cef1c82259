package org.communs.portal.plugins.tasks.space;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.access.SpaceRole;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/** What members do with spaces, whatever the way in (page or REST): every method checks first. */
public final class Spaces {

    private final Database database;
    private final SpaceRepository spaces;
    private final SpaceGate gate;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile SpaceListener listener = spaceId -> { };

    public Spaces(Database database, SpaceRepository spaces, SpaceGate gate, People people, AuditTrail audit, Clock clock) {
        this.database = database;
        this.spaces = spaces;
        this.gate = gate;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the door of spaces, which also knows who the acting member is */
    public SpaceGate gate() {
        return gate;
    }

    /** @param spaceListener told when who sees a space's tasks changed */
    public void useListener(SpaceListener spaceListener) {
        this.listener = spaceListener;
    }

    /**
     * @param person the acting member
     * @return the spaces they see, in order: archived ones only for their owners (to restore them)
     */
    public List<SeenSpace> visibleTo(Person person) {
        Set<Long> shared = gate.sharedSpaces(person.id());
        Map<Long, SpaceRole> explicit = spaces.explicitRolesOf(database, person.id());
        List<SeenSpace> seen = new ArrayList<>();
        for (Space space : spaces.candidatesFor(database, person.id(), shared)) {
            gate.seen(space, person, explicit, shared)
                    .filter(view -> !space.archived() || view.isRestorer())
                    .ifPresent(seen::add);
        }
        return seen;
    }

    /** @throws org.communs.portal.plugins.tasks.problem.NotFoundException when there is none or the member may not see it */
    public SeenSpace open(Person person, long spaceId) {
        return gate.open(spaceId, person);
    }

    /**
     * @param person the acting member
     * @return the collectives they may create a space for: those they lead (every one of theirs for an
     *         admin) that have the plugin on
     */
    public List<CollectiveCard> collectivesFor(Person person) {
        return people.collectivesOf(person.id()).stream()
                .filter(collective -> !collective.archived() && gate.onFor(collective.id()))
                .filter(collective -> person.admin() || person.leads().contains(collective.id()))
                .toList();
    }

    /**
     * Creates a space; its creator owns it.
     *
     * @param person       the acting member
     * @param name         its name
     * @param kindText     {@code ORGANISATION}, {@code COLLECTIVE} or {@code PRIVATE}
     * @param collectiveId the collective of a collective's space
     * @return the space
     * @throws InvalidInputException a bad name or kind, a missing or unknown collective
     * @throws AccessDeniedException a portal guest creating the organisation's space, or someone
     *                               who does not lead the collective (nor is an admin)
     */
    public Space create(Person person, String name, String kindText, Long collectiveId) {
        SpaceKind kind = SpaceKind.parse(kindText).orElseThrow(() -> new InvalidInputException("spaceKind", "error.spaceKind.unknown"));
        Long collective = null;
        Long owner = null;
        switch (kind) {
            case ORGANISATION -> {
                if (!person.insider()) {
                    throw new AccessDeniedException("a portal guest may not create the organisation's spaces");
                }
            }
            case COLLECTIVE -> collective = checkedCollective(person, collectiveId);
            case PRIVATE -> owner = person.id();
        }
        // The name is checked once the member is known to be allowed: a refusal tells nothing more.
        String clean = InputChecks.name("spaceName", name, Space.MAX_NAME);
        Instant now = now();
        Long collectiveOfSpace = collective;
        Long ownerOfSpace = owner;
        long id = database.inTransaction(tx -> {
            long created = spaces.insert(tx, clean, kind, collectiveOfSpace, ownerOfSpace, person.id(), now);
            if (kind != SpaceKind.PRIVATE) {
                spaces.setRole(tx, created, person.id(), SpaceRole.OWNER);
            }
            return created;
        });
        audit.record("space.created", "space", String.valueOf(id), Map.of("kind", kind.name()));
        return spaces.find(database, id).orElseThrow();
    }

    /** Renames a space (its owners). */
    public void rename(Person person, long spaceId, String name) {
        gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        String clean = InputChecks.name("spaceName", name, Space.MAX_NAME);
        spaces.rename(database, spaceId, clean);
    }

    /** Archives a space (its owners): read-only, out of members' lists, out of the search. */
    public void archive(Person person, long spaceId) {
        gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        spaces.setArchived(database, spaceId, now());
        audit.record("space.archived", "space", String.valueOf(spaceId), Map.of());
        listener.audienceChanged(spaceId);
    }

    /** Restores an archived space (its owners). */
    public void restore(Person person, long spaceId) {
        gate.require(spaceId, person, SpaceAction.RESTORE_SPACE);
        spaces.setArchived(database, spaceId, null);
        audit.record("space.restored", "space", String.valueOf(spaceId), Map.of());
        listener.audienceChanged(spaceId);
    }

    /**
     * Gives a member an explicit role in the space, or takes it back (their default role applies again).
     *
     * @param person   the acting member, an owner of the space
     * @param spaceId  the space
     * @param memberId the member
     * @param roleText {@code OWNER}, {@code MEMBER}, {@code GUEST} or {@code READER}; null or blank to remove the row
     * @throws InvalidInputException an unknown role or member, or the owner of a private space
     */
    public void setRole(Person person, long spaceId, long memberId, String roleText) {
        SeenSpace seen = gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        Optional<SpaceRole> role = roleText == null || roleText.isBlank() ? Optional.empty()
                : Optional.of(SpaceRole.parse(roleText).orElseThrow(() -> new InvalidInputException("role", "error.role.unknown")));
        if (people.member(memberId).isEmpty()) {
            throw new InvalidInputException("member", "error.member.unknown", memberId);
        }
        if (Long.valueOf(memberId).equals(seen.space().ownerId())) {
            throw new InvalidInputException("member", "error.role.owner");
        }
        role.ifPresentOrElse(given -> spaces.setRole(database, spaceId, memberId, given),
                () -> spaces.removeRole(database, spaceId, memberId));
        audit.record("space.role", "space", String.valueOf(spaceId),
                Map.of("member", String.valueOf(memberId), "role", role.map(Enum::name).orElse("default")));
        listener.audienceChanged(spaceId);
    }

    /** @return the members with an explicit role in the space, named (for those who see it) */
    public List<SpaceMemberView> explicitMembers(Person person, long spaceId) {
        gate.open(spaceId, person);
        Map<Long, SpaceRole> roles = spaces.explicitRoles(database, spaceId);
        List<SpaceMemberView> members = new ArrayList<>();
        for (MemberCard member : people.members(roles.keySet())) {
            members.add(new SpaceMemberView(member, roles.get(member.id())));
        }
        members.sort(java.util.Comparator.comparing(view -> view.member().displayName(), String.CASE_INSENSITIVE_ORDER));
        return members;
    }

    private Long checkedCollective(Person person, Long collectiveId) {
        if (collectiveId == null) {
            throw new InvalidInputException("spaceCollective", "error.spaceCollective.missing");
        }
        CollectiveCard collective = people.collective(collectiveId)
                .filter(found -> !found.archived())
                .orElseThrow(() -> new InvalidInputException("spaceCollective", "error.spaceCollective.unknown"));
        if (!person.admin() && !person.leads().contains(collective.id())) {
            throw new AccessDeniedException("member " + person.id() + " does not lead collective " + collective.id());
        }
        if (!gate.onFor(collective.id())) {
            throw new InvalidInputException("spaceCollective", "error.spaceCollective.off", collective.name());
        }
        return collective.id();
    }

    private Instant now() {
        // DATETIME(6) keeps microseconds: what is returned equals what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
