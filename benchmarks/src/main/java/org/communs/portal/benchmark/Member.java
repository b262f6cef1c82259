package org.communs.portal.benchmark;

import java.util.List;
import org.communs.portal.index.GeoPoint;

/**
 * One generated member profile: what both engines are given.
 *
 * @param collective the collective whose members may see the phone, or null when the member shares
 *                   no phone (then {@code phone} is null too)
 */
public record Member(int id, String firstName, String lastName, String job, String bio, List<String> skills,
                     List<String> languages, Town town, GeoPoint location, Integer collective, String phone,
                     String email) {

    public Member {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }
}
