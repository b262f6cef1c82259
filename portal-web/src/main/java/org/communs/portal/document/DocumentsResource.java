package org.communs.portal.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /api/v1/documents}: the same spaces, folders, files and versions as the pages, with the
 * same checks. Uploads are the raw bytes ({@code application/octet-stream}) with the file's name in
 * {@code X-File-Name}: a cross-site form cannot send that type, which keeps a session cookie from
 * being used to upload behind the member's back.
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    Documents documents;

    @Inject
    DocumentTrash trashBin;

    @Inject
    CurrentMember currentMember;

    /** {@code GET /api/v1/documents/{space}?folder=N}: a folder's folders and files ({@code org}, {@code c12}, {@code m34}). */
    @GET
    @Path("{space}")
    public DocumentViews.Listing listing(@PathParam("space") String space, @QueryParam("folder") Long folder) {
        return documents.listing(currentMember.member().orElse(null), space(space), folder);
    }

    /** {@code POST /api/v1/documents/{space}?folder=N}: a new file, or a new version of the file of that name. */
    @POST
    @Path("{space}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("space") String space, @QueryParam("folder") Long folder,
                           @HeaderParam("X-File-Name") String name, InputStream content) {
        DocumentViews.File stored = documents.upload(currentMember.member().orElse(null), space(space), folder,
                name == null ? null : java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8), content);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** {@code GET /api/v1/documents/files/{id}/versions}: newest first. */
    @GET
    @Path("files/{id}/versions")
    public List<DocumentViews.Version> versions(@PathParam("id") long id) {
        return documents.versions(currentMember.member().orElse(null), id);
    }

    /** {@code GET /api/v1/documents/files/{id}/content?version=K}: the bytes, streamed, as a download. */
    @GET
    @Path("files/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @QueryParam("version") Integer version) {
        DocumentViews.Download download = documents.download(currentMember.member().orElse(null), id, version);
        StreamingOutput body = output -> {
            try (InputStream in = documents.open(download)) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, download.contentType())
                .header("Content-Disposition", FileNames.contentDisposition(download.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", download.sizeBytes())
                .build();
    }

    /** {@code GET /api/v1/documents/consistency}: admins only; see {@link Documents#checkConsistency}. */
    @GET
    @Path("consistency")
    public DocumentViews.Consistency consistency() {
        return trashBin.checkConsistency(currentMember.member().orElse(null));
    }

    private static Space space(String key) {
        Space space = Space.parse(key);
        if (space == null) {
            throw new PortalException(Reason.NOT_FOUND, "files.error.notFound");
        }
        return space;
    }
}
