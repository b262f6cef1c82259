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

    /** Which of these members have a photo, without loading the images. */
    List<Long> withPhoto(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select p.memberId from ProfilePhoto p where p.memberId in :ids", Long.class)
                .setParameter("ids", memberIds)
                .getResultList();
    }

    /** Skills already used, most used first: suggestions while a member types theirs. */
    List<String> popularSkills(String prefix, int limit) {
        return entityManager.createNativeQuery(
                        "select skill from profile_skill where skill like ? group by skill order by count(*) desc, skill")
                .setParameter(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(limit)
                .getResultList()
                .stream().map(String::valueOf).toList();
    }
}
