package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberChanged;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Members' directory profiles: read as each reader may see them, edited by their owner or an
 * admin. Every method checks who asks; pages and the API only choose what to show.
 */
@ApplicationScoped
@Transactional
public class Profiles {

    @Inject
    ProfileRepository repository;

    @Inject
    Members members;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    Authorization authorization;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Inject
    Event<MemberChanged> changes;

    /**
     * @throws PortalException not found (also for a disabled member, unless the reader is an admin),
     *                         or forbidden for readers who may not browse the directory
     */
    public VisibleProfile view(MemberSummary reader, long memberId) {
        List<VisibleProfile> found = view(reader, List.of(memberId));
        if (found.isEmpty()) {
            if (reader != null && reader.id() != memberId) {
                authorization.require(reader, Action.VIEW_DIRECTORY, null);
            }
            throw new PortalException(Reason.NOT_FOUND, "profile.notFound", memberId);
        }
        return found.getFirst();
    }

    /** The profiles of these members the reader may see, in the order asked. */
    public List<VisibleProfile> view(MemberSummary reader, List<Long> memberIds) {
        if (reader == null || !reader.active()) {
            return List.of();
        }
        boolean mayBrowse = authorization.may(reader, Action.VIEW_DIRECTORY, null);
        Map<Long, MemberSummary> owners = new java.util.HashMap<>();
        members.find(memberIds).forEach(owner -> owners.put(owner.id(), owner));
        Map<Long, Profile> profiles = repository.byMembers(memberIds);
        Map<Long, Set<Long>> collectives = collectiveRoles.collectivesOf(memberIds);
        Set<Long> readerCollectives = collectiveRoles.collectivesOf(reader.id());
        Map<Long, java.time.Instant> photos = repository.photoVersions(memberIds);
        return memberIds.stream()
                .map(owners::get)
                .filter(Objects::nonNull)
                .map(owner -> {
                    Closeness closeness = Closeness.of(reader, mayBrowse, readerCollectives, owner.id(),
                            collectives.getOrDefault(owner.id(), Set.of()));
                    if (closeness == Closeness.NONE || (!owner.active() && !reader.has(org.communs.portal.member.GlobalRole.ADMIN))) {
                        return null;
                    }
                    return visible(owner, profiles.get(owner.id()), photos.get(owner.id()), closeness);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private static VisibleProfile visible(MemberSummary owner, Profile profile, java.time.Instant photoChanged,
                                          Closeness closeness) {
        Profile p = profile == null ? new Profile(owner.id()) : profile;
        Map<ProfileField, FieldVisibility> choices = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            choices.put(field, p.visibility(field));
        }
        java.util.function.Predicate<ProfileField> sees = field -> closeness.sees(p.visibility(field));
        boolean location = sees.test(ProfileField.LOCATION) && p.latitude() != null;
        return new VisibleProfile(owner.id(), MemberNames.name(owner, profile),
                profile == null ? null : p.firstName(), profile == null ? null : p.lastName(),
                photoChanged != null && sees.test(ProfileField.PHOTO),
                photoChanged != null && sees.test(ProfileField.PHOTO) ? photoChanged.toEpochMilli() : 0,
                sees.test(ProfileField.JOB) ? p.jobTitle() : null,
                sees.test(ProfileField.BIO) ? p.bio() : null,
                sees.test(ProfileField.SKILLS) ? p.skillList() : List.of(),
                sees.test(ProfileField.LANGUAGES) ? p.languages() : List.of(),
                sees.test(ProfileField.PHONES) ? p.phones() : List.of(),
                sees.test(ProfileField.EMAIL) ? owner.email() : null,
                sees.test(ProfileField.LINKS) ? p.links() : List.of(),
                sees.test(ProfileField.TOWN) ? p.town() : null,
                sees.test(ProfileField.TOWN) ? p.postcode() : null,
                location ? p.latitude() : null, location ? p.longitude() : null,
                closeness == Closeness.FULL ? p.updatedAt() : null, closeness == Closeness.FULL,
                closeness == Closeness.FULL ? choices : Map.of());
    }

    /** The profile as its editor fills it in. */
    public ProfileDraft draft(MemberSummary editor, long memberId) {
        authorization.require(editor, Action.EDIT_PROFILE, memberId);
        existingMember(memberId);
        return ProfileDraft.of(repository.byMember(memberId).orElse(null));
    }

    /**
     * Saves a draft whole. The search index follows once the transaction commits.
     *
     * @throws PortalException invalid input (the first problem), forbidden, not found
     */
    public void save(MemberSummary editor, long memberId, ProfileDraft draft) {
        authorization.require(editor, Action.EDIT_PROFILE, memberId);
        existingMember(memberId);
        List<ProfileDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            ProfileDraft.Problem first = problems.getFirst();
            throw new PortalException(Reason.INVALID_INPUT, first.key(), first.arguments());
        }
        Profile profile = repository.byMember(memberId).orElseGet(() -> repository.add(new Profile(memberId)));
        profile.update(draft);
        auditIfAdminEdit(editor, memberId, "profile.edited");
        changes.fire(new MemberChanged(memberId));
    }

    /** Replaces the photo with a square thumbnail of the upload. */
    public void savePhoto(MemberSummary editor, long memberId, byte[] upload) {
        authorization.require(editor, Action.EDIT_PROFILE, memberId);
        existingMember(memberId);
        byte[] thumbnail = PhotoThumbnail.of(upload);
        repository.byMember(memberId).orElseGet(() -> repository.add(new Profile(memberId)));
        repository.savePhoto(memberId, thumbnail);
        auditIfAdminEdit(editor, memberId, "profile.photoChanged");
    }

    public void removePhoto(MemberSummary editor, long memberId) {
        authorization.require(editor, Action.EDIT_PROFILE, memberId);
        repository.removePhoto(memberId);
        auditIfAdminEdit(editor, memberId, "profile.photoRemoved");
    }

    /** The photo's thumbnail, when there is one and the reader may see it. */
    public Optional<ProfilePhoto> photo(MemberSummary reader, long memberId) {
        List<VisibleProfile> visible = view(reader, List.of(memberId));
        if (visible.isEmpty() || !visible.getFirst().photo()) {
            return Optional.empty();
        }
        return repository.photo(memberId);
    }

    /** Skills other members already show to the portal that start with what is typed; none for guests. */
    public List<String> skillSuggestions(MemberSummary reader, String typed, int limit) {
        if (!authorization.may(reader, Action.VIEW_DIRECTORY, null)) {
            return List.of();
        }
        String prefix = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return repository.popularSkills(prefix.length() > ProfileDraft.MAX_SKILL ? "" : prefix, limit);
    }

    private void existingMember(long memberId) {
        if (members.find(memberId).isEmpty()) {
            throw new PortalException(Reason.NOT_FOUND, "profile.notFound", memberId);
        }
    }

    /** Admins acting on someone else's profile leave a trace; members editing their own do not need one. */
    private void auditIfAdminEdit(MemberSummary editor, long memberId, String action) {
        if (editor.id() != memberId) {
            audit.record(requestActor.current(), AuditEvent.on(action, "member", String.valueOf(memberId), Map.of()));
        }
    }

    /** For the search index: everything about these members, whoever reads it later. */
    Map<Long, Profile> profilesForIndex(Collection<Long> memberIds) {
        return repository.byMembers(memberIds);
    }
}
