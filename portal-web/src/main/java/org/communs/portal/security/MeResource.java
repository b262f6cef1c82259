package org.communs.portal.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communs.portal.member.MemberSummary;

/** {@code /api/v1/me}: who the caller is, as the portal knows them. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentMember currentMember;

    @Inject
    Authorization authorization;

    @GET
    public MemberSummary me() {
        MemberSummary member = currentMember.member().orElse(null);
        authorization.require(member, Action.USE_PORTAL, null);
        return member;
    }
}
