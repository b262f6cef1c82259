package org.communs.portal.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/**
 * A file's page ({@code documents/file.xhtml?id=N}): its preview, description and tags (editable
 * by those who write its space), and its versions with restore.
 */
@Named("documentFile")
@ViewScoped
public class FileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    private Long id;
    private DocumentViews.FileDetails details;
    private List<DocumentViews.Version> versions;
    private String description;
    private String tags;

    public void open() {
        if (id == null || id < 0) {
            guard.notFound();
            return;
        }
        try {
            load();
        } catch (PortalException hidden) {
            guard.notFound();
        }
    }

    private void load() {
        details = documents.details(currentMember.required(), id);
        versions = documents.versions(currentMember.required(), id);
        description = details.file().description();
        tags = String.join(", ", details.file().tags());
    }

    /** Restores an older version as a new one, then shows the versions again. */
    public void restore(int number) {
        try {
            documents.restore(currentMember.required(), id, number);
            messages.info("documents.restored", number);
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        load();
    }

    /** Saves the description and the tags (typed separated by commas). */
    public void describe() {
        try {
            documents.describe(currentMember.required(), id, description, Arrays.asList(tags == null ? new String[0] : tags.split(",")));
            messages.info("documents.described");
            load();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public DocumentViews.FileDetails getDetails() {
        return details;
    }

    public List<DocumentViews.Version> getVersions() {
        return versions;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The tags, separated by commas. */
    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }
}
