package org.communs.portal.plugins.links;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The plugin's REST API, served by the portal under {@code /api/v1/plugins/links/}: the class has no
 * {@code @Path}, only its methods do. Requests come signed in; adding and deleting need
 * {@code links.manage} ({@link Links} checks it, and a refusal is answered 403).
 */
public class LinksResource {

    private final Links links;

    LinksResource(Links links) {
        this.links = links;
    }

    /** @return every link, newest first */
    @GET
    @Path("links")
    @Produces(MediaType.APPLICATION_JSON)
    public List<LinkJson> list() {
        return links.read().stream().map(LinkJson::of).toList();
    }

    /**
     * Adds a link.
     *
     * @param body    {@code {"title": …, "url": …, "description": …}}; read as JSON-P so that a
     *                missing or mistyped field is one of our 400s, not a parser's
     * @param uriInfo the request's address, for the new link's {@code Location}
     * @return 201 with the link, or 400 with {@code {"error": "<why, in the member's language>"}}
     */
    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body, @Context UriInfo uriInfo) {
        try {
            Link link = links.add(field(body, "title"), field(body, "url"), field(body, "description"));
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(link.id())).build())
                    .entity(LinkJson.of(link))
                    .build();
        } catch (InvalidLinkException invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(links.text(invalid.messageKey(), invalid.arguments())))
                    .build();
        }
    }

    /**
     * Deletes a link.
     *
     * @param linkId the link's id
     * @return 204
     * @throws NotFoundException when there is no such link (404)
     */
    @DELETE
    @Path("links/{linkId}")
    public Response delete(@PathParam("linkId") long linkId) {
        links.delete(linkId).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    // Only strings count: a number or an object where text is expected is as good as missing.
    private static String field(JsonObject body, String name) {
        JsonValue value = body == null ? null : body.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    /**
     * A link as the API shows it; who added it stays private (it is personal data, and of no use here).
     *
     * @param id          its id
     * @param title       its title
     * @param url         its address
     * @param description its description, possibly empty
     * @param createdAt   when it was added, ISO-8601 in UTC
     */
    public record LinkJson(long id, String title, String url, String description, String createdAt) {

        static LinkJson of(Link link) {
            return new LinkJson(link.id(), link.title(), link.url(), link.description(), link.createdAt().toString());
        }
    }

    /** @param error why the request was refused, in the member's language */
    public record ErrorJson(String error) {
    }
}
