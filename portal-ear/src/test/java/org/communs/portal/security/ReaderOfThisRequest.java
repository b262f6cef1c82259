package org.communs.portal.security;

import org.communs.portal.member.MemberSummary;

/**
 * For in-server tests of services that act for "the member of this request": makes the test's own
 * request (Arquillian's) that member's, as the sign-in filter does for a browser.
 */
public final class ReaderOfThisRequest {

    private ReaderOfThisRequest() {
    }

    public static void becomes(CurrentMember current, MemberSummary member) {
        current.signIn(member);
    }

    public static void leaves(CurrentMember current) {
        current.signOut();
    }
}
