package org.communs.portal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;

/**
 * The portal's members: created at first sign-in, refreshed at each one, disabled or enabled by
 * admins. Callers check permissions first (see {@code security.Authorization}); this service only
 * keeps the data consistent.
 */
@ApplicationScoped
@Transactional
public class Members {

    @Inject
    MemberRepository repository;

    @Inject
    Event<MemberChanged> changes;

    /** What plugins are told (after the commit). */
    @Inject
    Event<org.communs.portal.api.plugin.PortalEvent> portalEvents;

    /**
     * Records a sign-in: creates the member on their first one, else takes Keycloak's latest
     * name, e-mail and roles. The status is left as the portal has it.
     */
    public MemberSummary signedIn(Identity identity) {
        Optional<Member> known = repository.bySubject(identity.subject());
        Member member = known.orElseGet(() -> repository.add(new Member(identity)));
        MemberSummary before = MemberSummary.of(member);
        member.refresh(identity);
        member.signedInNow();
        MemberSummary after = MemberSummary.of(member);
        // A sign-in is on the hot path: only what others see (name, e-mail, roles) re-indexes the member.
        if (known.isEmpty() || !before.displayName().equals(after.displayName())
                || !java.util.Objects.equals(before.email(), after.email()) || !before.roles().equals(after.roles())) {
            changes.fire(new MemberChanged(member.id()));
        }
        if (known.isEmpty()) {
            portalEvents.fire(new org.communs.portal.api.plugin.PortalEvent.MemberCreated(member.id()));
        }
        return after;
    }

    /** Creates the member of a person an admin just invited, before their first sign-in. */
    public MemberSummary invited(Identity identity) {
        Optional<Member> known = repository.bySubject(identity.subject());
        Member member = known.orElseGet(() -> repository.add(new Member(identity)));
        changes.fire(new MemberChanged(member.id()));
        if (known.isEmpty()) {
            portalEvents.fire(new org.communs.portal.api.plugin.PortalEvent.MemberCreated(member.id()));
        }
        return MemberSummary.of(member);
    }

    public Optional<MemberSummary> find(long id) {
        return repository.byId(id).map(MemberSummary::of);
    }

    public Optional<MemberSummary> findByEmail(String email) {
        return repository.byEmail(email).map(MemberSummary::of);
    }

    /** Members by id, in no particular order; unknown ids are left out. */
    public List<MemberSummary> find(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.byIds(ids).stream().map(MemberSummary::of).toList();
    }

    /** Active members with an id above {@code afterId}, by id: for walking all of them in pages. */
    public List<MemberSummary> activeAfter(long afterId, int limit) {
        return repository.activeAfter(afterId, limit).stream().map(MemberSummary::of).toList();
    }

    public long countActive() {
        return repository.countActive();
    }

    public List<MemberSummary> search(MemberQuery query) {
        return repository.search(query).stream().map(MemberSummary::of).toList();
    }

    public MemberSummary changeStatus(long id, MemberStatus status) {
        Member member = existing(id);
        boolean leaving = status == MemberStatus.DISABLED && MemberSummary.of(member).active();
        member.changeStatus(status);
        changes.fire(new MemberChanged(id));
        if (leaving) {
            portalEvents.fire(new org.communs.portal.api.plugin.PortalEvent.MemberDisabled(id));
        }
        return MemberSummary.of(member);
    }

    /** Mirrors a role change already made in Keycloak, so lists and filters are right at once. */
    public MemberSummary changeRoles(long id, Set<GlobalRole> roles) {
        Member member = existing(id);
        member.changeRoles(roles);
        changes.fire(new MemberChanged(id));
        return MemberSummary.of(member);
    }

    private Member existing(long id) {
        return repository.byId(id).orElseThrow(() -> new PortalException(Reason.NOT_FOUND, "member.notFound", id));
    }
}
