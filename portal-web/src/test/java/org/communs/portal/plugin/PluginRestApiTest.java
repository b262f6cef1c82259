package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's router for plugins' REST resources, as a plugin author reads the Jakarta REST
 * annotations: the most specific path wins, parameters are converted, bodies are JSON unless the
 * method says otherwise, and what does not match is 404, 405 or 415.
 */
class PluginRestApiTest {

    /** A plugin's resource, written as its author would. */
    public static class Notes {

        final List<Note> added = new ArrayList<>();

        @GET
        @Path("notes")
        public List<Note> list(@QueryParam("q") @DefaultValue("") String words, @QueryParam("limit") @DefaultValue("10") int limit) {
            return List.of(new Note(1, "« " + words + " » ×" + limit));
        }

        @GET
        @Path("notes/recent")
        public Note recent() {
            return new Note(9, "récente");
        }

        @GET
        @Path("/notes/{id}/")
        public Note one(@PathParam("id") long id, @HeaderParam("X-Trace") String trace) {
            return new Note(id, trace == null ? "sans trace" : trace);
        }

        @POST
        @Path("notes")
        public Response add(Note note) {
            added.add(note);
            return Response.status(201).entity(note).build();
        }

        @POST
        @Path("notes/{id}/text")
        @Consumes(MediaType.TEXT_PLAIN)
        @Produces(MediaType.TEXT_PLAIN)
        public String text(@PathParam("id") long id, String body) {
            return id + ":" + body;
        }

        @DELETE
        @Path("notes/{id}")
        public void delete(@PathParam("id") long id) {
            if (id == 0) {
                throw new AccessDeniedException("notes.delete");
            }
        }
    }

    public record Note(long id, String title) {
    }

    private Notes resource;
    private PluginRestApi api;

    @BeforeEach
    void route() throws Exception {
        resource = new Notes();
        api = PluginRestApi.of(resource, getClass().getClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        api.close();
    }

    @Test
    void theMostSpecificPathWinsAndParametersAreConverted() {
        assertEquals("{\"id\":9,\"title\":\"récente\"}", call("GET", "notes/recent", Map.of(), null, null).getEntity());
        assertEquals("{\"id\":42,\"title\":\"sans trace\"}", call("GET", "/notes/42/", Map.of(), null, null).getEntity());
        assertEquals("[{\"id\":1,\"title\":\"« jardin » ×3\"}]",
                call("GET", "notes", Map.of("q", "jardin", "limit", "3"), null, null).getEntity());
        assertEquals("[{\"id\":1,\"title\":\"«  » ×10\"}]", call("GET", "notes", Map.of(), null, null).getEntity(), "defaults");
    }

    @Test
    void bodiesAreJsonUnlessTheMethodSaysOtherwise() {
        Response created = call("POST", "notes", Map.of(), MediaType.APPLICATION_JSON_TYPE, "{\"id\":5,\"title\":\"Semis\"}");
        assertEquals(201, created.getStatus());
        assertEquals("{\"id\":5,\"title\":\"Semis\"}", created.getEntity());
        assertEquals(List.of(new Note(5, "Semis")), resource.added);

        Response text = call("POST", "notes/5/text", Map.of(), MediaType.TEXT_PLAIN_TYPE, "bonjour");
        assertEquals("5:bonjour", text.getEntity());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, text.getMediaType());
        assertEquals(204, call("DELETE", "notes/3", Map.of(), null, null).getStatus(), "nothing returned: no content");
    }

    @Test
    void whatDoesNotMatchIsRefusedAsJakartaRestWould() {
        assertThrows(NotFoundException.class, () -> call("GET", "nothing", Map.of(), null, null));
        assertThrows(NotFoundException.class, () -> call("GET", "notes/abc", Map.of(), null, null), "not the number the method takes");
        assertThrows(NotAllowedException.class, () -> call("PUT", "notes/3", Map.of(), null, null));
        assertThrows(NotSupportedException.class,
                () -> call("POST", "notes", Map.of(), MediaType.APPLICATION_FORM_URLENCODED_TYPE, "id=1"), "a form is not JSON");
        assertThrows(NotSupportedException.class, () -> call("POST", "notes", Map.of(), MediaType.TEXT_PLAIN_TYPE, "{}"),
                "a cross-site form can send text/plain: refused");
        assertThrows(BadRequestException.class, () -> call("POST", "notes", Map.of(), MediaType.APPLICATION_JSON_TYPE, "{oops"));
        assertTrue(call("POST", "notes", Map.of(), MediaType.valueOf("application/merge-patch+json"), "{\"id\":6,\"title\":\"x\"}")
                .getStatus() == 201, "a +json type is JSON");
    }

    @Test
    void aPluginsRefusalReachesThePortalAsItIs() {
        assertThrows(AccessDeniedException.class, () -> call("DELETE", "notes/0", Map.of(), null, null));
    }

    private Response call(String verb, String path, Map<String, String> query, MediaType type, String body) {
        InputStream content = body == null ? null : new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return api.handle(verb, path, uri(query), headers(type, Map.of()), content);
    }

    /** Only what the router reads of a request's address: its query. */
    private static UriInfo uri(Map<String, String> query) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
        query.forEach(parameters::add);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, arguments) -> {
            if (method.getName().equals("getQueryParameters")) {
                return parameters;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** Only what the router reads of a request's headers: its content type and named headers. */
    private static HttpHeaders headers(MediaType type, Map<String, String> named) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getMediaType" -> type;
                    case "getHeaderString" -> named.get((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
