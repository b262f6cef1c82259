package org.communs.portal.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberQuery;
import org.communs.portal.member.MemberStatus;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.CurrentMember;

/** {@code /api/v1/members}: the member list for admins (the same checks as the admin page). */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    MemberAdministration administration;

    @Inject
    CurrentMember currentMember;

    @GET
    public List<MemberSummary> search(@QueryParam("q") @DefaultValue("") String text,
                                      @QueryParam("role") String role,
                                      @QueryParam("status") String status,
                                      @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        GlobalRole wantedRole = role == null ? null : GlobalRole.fromRoleName(role)
                .orElseThrow(() -> new PortalException(Reason.INVALID_INPUT, "api.error.badRole", role));
        MemberStatus wantedStatus = status == null ? null : parseStatus(status);
        return administration.search(currentMember.member().orElse(null),
                new MemberQuery(text, wantedRole, wantedStatus, offset, limit));
    }

    private static MemberStatus parseStatus(String status) {
        try {
            return MemberStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PortalException(Reason.INVALID_INPUT, "api.error.badStatus", status);
        }
    }
}
