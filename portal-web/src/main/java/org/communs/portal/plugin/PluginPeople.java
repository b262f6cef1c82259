package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.api.people.CollectiveCard;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.collective.Collectives;
import org.communs.portal.directory.DirectoryQuery;
import org.communs.portal.directory.DirectorySearch;
import org.communs.portal.directory.Profiles;
import org.communs.portal.directory.VisibleProfile;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.CurrentMember;

/**
 * {@link People} for plugins, over the portal's own services: the directory's search and its
 * visibility rules for what a reader sees, the members, the collectives and their roles.
 */
@ApplicationScoped
public class PluginPeople implements People {

    static final int MAX_FOUND = 50;

    @Inject
    DirectorySearch directory;

    @Inject
    Profiles profiles;

    @Inject
    Members members;

    @Inject
    CollectiveRoles roles;

    @Inject
    Collectives collectives;

    @Inject
    CurrentMember currentMember;

    @Override
    public List<MemberCard> find(String words, int limit) {
        MemberSummary reader = reader().orElseThrow(() -> new AccessDeniedException("not signed in"));
        String typed = words == null ? "" : words.strip();
        if (typed.codePointCount(0, typed.length()) < 2) {
            return List.of();
        }
        int bounded = Math.max(1, Math.min(limit, MAX_FOUND));
        try {
            List<Long> found = directory.search(reader, new DirectoryQuery(typed, Map.of(), null, 0, SearchOrder.RELEVANCE, 0, bounded))
                    .cards().stream().map(card -> card.profile().memberId()).toList();
            return members(found);
        } catch (PortalException refused) {
            if (refused.reason() == Reason.FORBIDDEN) {
                throw new AccessDeniedException(reader.id() + " may not search the directory");
            }
            throw refused;
        }
    }

    @Override
    public Optional<MemberCard> member(long memberId) {
        return members(List.of(memberId)).stream().findFirst();
    }

    @Override
    public Set<String> roles(long memberId) {
        return members.find(List.of(memberId)).stream().findFirst()
                .map(member -> PortalServices.asPluginMember(member).roles()).orElse(Set.of());
    }

    @Override
    public List<MemberCard> members(Collection<Long> memberIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(memberIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberSummary> byId = new HashMap<>();
        members.find(ids).forEach(member -> byId.put(member.id(), member));
        Map<Long, VisibleProfile> photos = new HashMap<>();
        reader().ifPresent(reader -> profiles.view(reader, ids).forEach(profile -> photos.put(profile.memberId(), profile)));
        List<MemberCard> cards = new ArrayList<>();
        for (Long id : ids) {
            MemberSummary member = byId.get(id);
            if (member != null) {
                VisibleProfile profile = photos.get(id);
                String photo = profile != null && profile.photo() ? "/directory/photo?id=" + id + "&v=" + profile.photoVersion() : null;
                cards.add(new MemberCard(id, member.displayName(), photo,
                        Locale.forLanguageTag(member.language() == null ? "fr" : member.language()), member.active()));
            }
        }
        return cards;
    }

    @Override
    public Set<Long> membersOf(long collectiveId) {
        return Set.copyOf(roles.holders(collectiveId, EnumSet.of(CollectiveRole.MEMBER, CollectiveRole.LEAD)));
    }

    @Override
    public Set<Long> leadsOf(long collectiveId) {
        return Set.copyOf(roles.holders(collectiveId, EnumSet.of(CollectiveRole.LEAD)));
    }

    @Override
    public List<CollectiveCard> collectivesOf(long memberId) {
        Set<Long> ids = roles.collectivesWhere(memberId, EnumSet.of(CollectiveRole.MEMBER, CollectiveRole.LEAD));
        return cards(ids);
    }

    @Override
    public Optional<CollectiveCard> collective(long collectiveId) {
        return cards(Set.of(collectiveId)).stream().findFirst();
    }

    private List<CollectiveCard> cards(Set<Long> ids) {
        return collectives.names(ids).entrySet().stream()
                .map(named -> new CollectiveCard(named.getKey(), named.getValue(), !collectives.isLive(named.getKey())))
                .sorted(Comparator.comparing(CollectiveCard::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Optional<MemberSummary> reader() {
        try {
            return currentMember.member().filter(MemberSummary::active);
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
