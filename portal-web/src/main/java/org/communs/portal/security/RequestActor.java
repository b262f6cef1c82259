package org.communs.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.communs.portal.audit.Actor;
import org.communs.portal.member.MemberSummary;

/** Who is acting in the current request, for the audit log: the signed-in member and their address. */
@ApplicationScoped
public class RequestActor {

    @Inject
    CurrentMember currentMember;

    @Inject
    HttpServletRequest request;

    public Actor current() {
        try {
            String ip = request.getRemoteAddr();
            return currentMember.member()
                    .map(member -> actor(member, ip))
                    .orElseGet(() -> new Actor(null, principalName(), ip));
        } catch (ContextNotActiveException outsideARequest) {
            return Actor.system();
        }
    }

    static Actor actor(MemberSummary member, String ip) {
        return new Actor(member.id(), member.displayName() + " (" + member.username() + ")", ip);
    }

    private String principalName() {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }
}
