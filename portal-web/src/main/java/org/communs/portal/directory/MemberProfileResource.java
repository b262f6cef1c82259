package org.communs.portal.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communs.portal.security.CurrentMember;

/** {@code /api/v1/members/{id}}: one member's profile, only the fields the caller may see. */
@Path("members/{id}")
public class MemberProfileResource {

    static final String VCARD = "text/vcard";

    @Inject
    Profiles profiles;

    @Inject
    CurrentMember currentMember;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public VisibleProfile profile(@PathParam("id") long id) {
        return profiles.view(currentMember.member().orElse(null), id);
    }

    @GET
    @Path("vcard")
    @Produces(VCARD + ";charset=utf-8")
    public Response vcard(@PathParam("id") long id) {
        VisibleProfile profile = profiles.view(currentMember.member().orElse(null), id);
        return Response.ok(VCard.of(profile))
                .header("Content-Disposition", "attachment; filename=\"" + VCard.fileName(profile) + "\"")
                .build();
    }
}
