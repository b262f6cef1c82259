package org.communs.portal.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;

/**
 * The portal's members and collectives, in memory, built by the test, for a plugin's unit tests
 * (give it to {@link TestPluginContext#withPeople}). Members have the portal role {@code MEMBER}
 * unless given others.
 */
public final class TestPeople implements People {

    private final Map<Long, MemberCard> members = new LinkedHashMap<>();
    private final Map<Long, CollectiveCard> collectives = new HashMap<>();
    private final Map<Long, Set<Long>> memberships = new HashMap<>();
    private final Map<Long, Set<Long>> leads = new HashMap<>();
    private final Map<Long, Set<String>> roles = new HashMap<>();

    /** Adds an active member speaking French. */
    public TestPeople member(long id, String name) {
        members.put(id, new MemberCard(id, name, null, Locale.FRENCH, true));
        return this;
    }

    /** Adds a collective. */
    public TestPeople collective(long id, String name, boolean archived) {
        collectives.put(id, new CollectiveCard(id, name, archived));
        return this;
    }

    /** Gives a member other portal roles than the default {@code MEMBER} ({@code GUEST}, {@code ADMIN}). */
    public TestPeople roles(long memberId, String... portalRoles) {
        roles.put(memberId, Set.of(portalRoles));
        return this;
    }

    @Override
    public Set<String> roles(long memberId) {
        return members.containsKey(memberId) ? roles.getOrDefault(memberId, Set.of("MEMBER")) : Set.of();
    }

    /** Makes a member belong to a collective. */
    public TestPeople belongs(long memberId, long collectiveId) {
        memberships.computeIfAbsent(collectiveId, c -> new HashSet<>()).add(memberId);
        return this;
    }

    /** Makes a member lead a collective (and belong to it). */
    public TestPeople leads(long memberId, long collectiveId) {
        belongs(memberId, collectiveId);
        leads.computeIfAbsent(collectiveId, c -> new HashSet<>()).add(memberId);
        return this;
    }

    @Override
    public List<MemberCard> find(String words, int limit) {
        return members.values().stream().filter(card -> card.displayName().toLowerCase(Locale.ROOT)
                .contains(words.toLowerCase(Locale.ROOT))).limit(limit).toList();
    }

    @Override
    public Optional<MemberCard> member(long memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    @Override
    public List<MemberCard> members(Collection<Long> memberIds) {
        List<MemberCard> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(memberIds)) {
            member(id).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public Set<Long> membersOf(long collectiveId) {
        return Set.copyOf(memberships.getOrDefault(collectiveId, Set.of()));
    }

    @Override
    public Set<Long> leadsOf(long collectiveId) {
        return Set.copyOf(leads.getOrDefault(collectiveId, Set.of()));
    }

    @Override
    public List<CollectiveCard> collectivesOf(long memberId) {
        return memberships.entrySet().stream().filter(entry -> entry.getValue().contains(memberId))
                .map(entry -> collectives.get(entry.getKey())).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<CollectiveCard> collective(long collectiveId) {
        return Optional.ofNullable(collectives.get(collectiveId));
    }
}
