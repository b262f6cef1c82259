package org.communs.portal.index;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may find a document, or a part of one. Visible to a reader when they share at least one
 * access grant: everyone, every member of the organisation, the members of a collective, the
 * holders of a portal role, or named members.
 *
 * @param grants the grants, as written in the index ({@code public}, {@code members},
 *               {@code collective:12}, {@code role:admin}, {@code member:34}); empty only for a
 *               {@link Layer} that adds no reader of its own
 */
public record Visibility(Set<String> grants) {

    public Visibility {
        grants = Set.copyOf(grants);
    }

    /** Anyone, signed in or not (public agenda, public news). */
    public static Visibility everyone() {
        return new Visibility(Set.of("public"));
    }

    /** Every member of the organisation, not outside guests. */
    public static Visibility members() {
        return new Visibility(Set.of("members"));
    }

    /** The members of these collectives (and their guests). */
    public static Visibility collectives(Set<Long> collectiveIds) {
        return new Visibility(Set.copyOf(collectiveIds.stream().map(Visibility::collectiveGrant).toList()));
    }

    /** The members of one collective (and its guests). */
    public static Visibility collective(long collectiveId) {
        return new Visibility(Set.of(collectiveGrant(collectiveId)));
    }

    /** Only these members. */
    public static Visibility named(Set<Long> memberIds) {
        return new Visibility(Set.copyOf(memberIds.stream().map(Visibility::memberGrant).toList()));
    }

    /** Those who hold this portal role ({@code admin}…). */
    public static Visibility role(String role) {
        return new Visibility(Set.of(roleGrant(role)));
    }

    /** No reader of its own: for a layer whose readers all come from the layers after it. */
    public static Visibility noOneMore() {
        return new Visibility(Set.of());
    }

    /** These readers and those. */
    public Visibility and(Visibility other) {
        Set<String> both = new HashSet<>(grants);
        both.addAll(other.grants);
        return new Visibility(both);
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    static String collectiveGrant(long collectiveId) {
        return "collective:" + collectiveId;
    }

    static String memberGrant(long memberId) {
        return "member:" + Objects.requireNonNull(memberId);
    }

    static String roleGrant(String role) {
        return "role:" + Objects.requireNonNull(role);
    }
}
