package org.communs.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;

/** The member signed in on this session, set by {@link SignInFilter} at the first request after sign-in. */
@Named("currentMember")
@SessionScoped
public class CurrentMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private MemberSummary member;

    void signIn(MemberSummary signedIn) {
        this.member = signedIn;
    }

    void signOut() {
        this.member = null;
    }

    void refresh(MemberSummary latest) {
        this.member = latest;
    }

    public boolean isSignedIn() {
        return member != null;
    }

    public Optional<MemberSummary> member() {
        return Optional.ofNullable(member);
    }

    /** @throws IllegalStateException outside a signed-in request: pages behind sign-in never see it */
    public MemberSummary required() {
        if (member == null) {
            throw new IllegalStateException("No member is signed in on this session");
        }
        return member;
    }

    public String getDisplayName() {
        return member == null ? "" : member.displayName();
    }

    public boolean isAdmin() {
        return member != null && member.has(GlobalRole.ADMIN);
    }
}
