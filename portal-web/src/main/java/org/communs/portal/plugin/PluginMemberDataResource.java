package org.communs.portal.plugin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /api/v1/plugin-data/{memberId}}: the plugins' part of a member's personal data. GET
 * exports it (the member or an admin), DELETE asks every plugin to erase or anonymise it (admins,
 * audited) and answers which plugins failed.
 */
@Path("plugin-data/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
public class PluginMemberDataResource {

    @Inject
    PluginMemberData memberData;

    @Inject
    CurrentMember currentMember;

    @GET
    public Map<String, Object> export(@PathParam("memberId") long memberId) {
        return memberData.exportMember(currentMember.required(), memberId);
    }

    @DELETE
    public Map<String, List<String>> erase(@PathParam("memberId") long memberId) {
        return Map.of("failed", memberData.eraseMember(currentMember.required(), memberId));
    }
}
