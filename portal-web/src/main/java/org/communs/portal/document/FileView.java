package org.communs.portal.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/** A file's versions ({@code documents/file.xhtml?id=N}), with restore for those who may write. */
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
    private List<DocumentViews.Version> versions;

    public void open() {
        if (id == null || id < 0) {
            guard.notFound();
            return;
        }
        try {
            versions = documents.versions(currentMember.required(), id);
        } catch (PortalException hidden) {
            guard.notFound();
        }
    }

    /** Restores an older version as a new one, then shows the versions again. */
    public void restore(int number) {
        try {
            documents.restore(currentMember.required(), id, number);
            messages.info("documents.restored", number);
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        versions = documents.versions(currentMember.required(), id);
    }

    public List<DocumentViews.Version> getVersions() {
        return versions;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }
}
