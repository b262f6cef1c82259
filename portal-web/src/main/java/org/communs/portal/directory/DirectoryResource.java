package org.communs.portal.directory;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.security.CurrentMember;

/** {@code /api/v1/directory/search}: the directory page's search, for programs. */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectorySearch directory;

    @Inject
    CurrentMember currentMember;

    /**
     * @param near  "me" or a town's name
     * @param km    the radius around {@code near}
     * @param sort  relevance, name or distance
     */
    @GET
    @Path("search")
    public DirectoryPage search(@QueryParam("q") @DefaultValue("") String text,
                                @QueryParam("skill") List<String> skills,
                                @QueryParam("town") List<String> towns,
                                @QueryParam("language") List<String> languages,
                                @QueryParam("near") String near,
                                @QueryParam("km") @DefaultValue("25") String km,
                                @QueryParam("sort") @DefaultValue("relevance") String sort,
                                @QueryParam("offset") @DefaultValue("0") String offset,
                                @QueryParam("limit") @DefaultValue("24") String limit) {
        Map<String, Set<String>> filters = new HashMap<>();
        put(filters, "skill", skills);
        put(filters, "town", towns);
        put(filters, "language", languages);
        return directory.search(currentMember.member().orElse(null),
                new DirectoryQuery(text, filters, near, number("km", km), order(sort), number("offset", offset),
                        number("limit", limit)));
    }

    /** Numbers are read here, so "km=abc" gets a 400 that says so rather than the framework's 404. */
    static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new PortalException(Reason.INVALID_INPUT, "directory.error.number", name, value);
        }
    }

    private static void put(Map<String, Set<String>> filters, String facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, Set.copyOf(values));
        }
    }

    static SearchOrder order(String sort) {
        try {
            return SearchOrder.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PortalException(Reason.INVALID_INPUT, "directory.error.sort", sort);
        }
    }
}
