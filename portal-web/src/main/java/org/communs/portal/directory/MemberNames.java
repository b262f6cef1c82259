package org.communs.portal.directory;

import org.communs.portal.member.MemberSummary;

/** How the directory names and orders people: the profile's names when given, else the account's. */
final class MemberNames {

    private MemberNames() {
    }

    static String name(MemberSummary member, Profile profile) {
        if (profile != null && (profile.firstName() != null || profile.lastName() != null)) {
            return join(profile.firstName(), profile.lastName());
        }
        return member.displayName();
    }

    /** Last name first, as a French directory is ordered. */
    static String sortKey(MemberSummary member, Profile profile) {
        if (profile != null && profile.lastName() != null) {
            return join(profile.lastName(), profile.firstName());
        }
        String[] words = member.displayName().strip().split("\\s+");
        return words.length < 2 ? member.displayName() : words[words.length - 1] + " " + member.displayName();
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }
}
