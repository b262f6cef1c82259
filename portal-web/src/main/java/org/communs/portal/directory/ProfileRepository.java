package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class ProfileRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    Optional<Profile> byMember(long memberId) {
        return Optional.ofNullable(entityManager.find(Profile.class, memberId));
    }

    Map<Long, Profile> byMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Profile p where p.memberId in :ids", Profile.class)
                .setParameter("ids", memberIds)
                .getResultStream()
                .collect(Collectors.toMap(Profile::memberId, Function.identity()));
    }

    Profile add(Profile profile) {
        entityManager.persist(profile);
        return profile;
    }

    Optional<ProfilePhoto> photo(long memberId) {
        return Optional.ofNullable(entityManager.find(ProfilePhoto.class, memberId));
    }

    void savePhoto(long memberId, byte[] jpeg) {
        photo(memberId).ifPresentOrElse(photo -> photo.replace(jpeg),
                () -> entityManager.persist(new ProfilePhoto(memberId, jpeg)));
    }

    void removePhoto(long memberId) {
        photo(memberId).ifPresent(entityManager::remove);
    }

    /** When each of these members' photo last changed (members without one are left out), without loading the images. */
    Map<Long, java.time.Instant> photoVersions(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p.memberId, p.updatedAt from ProfilePhoto p where p.memberId in :ids",
                        Object[].class)
                .setParameter("ids", memberIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (java.time.Instant) row[1]));
    }

    /**
     * Skills that at least two active members show to the whole portal, most used first: a skill
     * someone keeps for their collectives, or that only one person has, would say who they are.
     */
    List<String> popularSkills(String prefix, int limit) {
        return entityManager.createNativeQuery("""
                        select s.skill from profile_skill s
                        join member m on m.id = s.member_id and m.status = 'ACTIVE'
                        left join profile_visibility v on v.member_id = s.member_id and v.field = 'SKILLS'
                        where coalesce(v.visibility, ?) = 'MEMBERS' and s.skill like ?
                        group by s.skill having count(*) >= 2
                        order by count(*) desc, s.skill""")
                .setParameter(1, ProfileField.SKILLS.byDefault().name())
                .setParameter(2, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(limit)
                .getResultList()
                .stream().map(String::valueOf).toList();
    }
}
