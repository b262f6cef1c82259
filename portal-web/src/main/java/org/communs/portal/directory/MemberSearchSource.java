package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.search.SearchSource;

/**
 * Active members and their profiles as search documents. Each call reads in a transaction of its
 * own: it runs after the change it follows has committed, or from the rebuild thread.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MemberSearchSource implements SearchSource {

    @Inject
    Members members;

    @Inject
    Profiles profiles;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    TownGazetteer towns;

    @Override
    public long count() {
        return members.countActive();
    }

    @Override
    public List<Entry> page(long afterId, int size) {
        List<MemberSummary> page = members.activeAfter(afterId, size);
        List<Long> ids = page.stream().map(MemberSummary::id).toList();
        Map<Long, Profile> byMember = profiles.profilesForIndex(ids);
        Map<Long, Set<Long>> collectives = collectiveRoles.collectivesOf(ids);
        return page.stream()
                .map(member -> new Entry(member.id(), MemberDocument.of(member, byMember.get(member.id()),
                        collectives.getOrDefault(member.id(), Set.of()), towns)))
                .toList();
    }

    /** The one member's document, or empty when they must not be in the directory (disabled, gone). */
    java.util.Optional<org.communs.portal.index.SearchDocument> document(long memberId) {
        return members.find(memberId)
                .filter(MemberSummary::active)
                .map(member -> MemberDocument.of(member, profiles.profilesForIndex(List.of(memberId)).get(memberId),
                        collectiveRoles.collectivesOf(memberId), towns));
    }
}
