package org.communs.portal.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.collective.CollectiveQuery;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.PendingMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A folder of a document space ({@code documents/index.xhtml?space=org|c12|m34&folder=N}): its
 * folders and files, and for writers new folders, uploads (several files at once, dropped or
 * chosen), renaming, moving, sharing and the trash.
 */
@Named("documents")
@ViewScoped
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Inject
    transient DocumentTrash trashBin;

    @Inject
    transient DocumentFolders folders;

    @Inject
    transient Collectives collectives;

    @Inject
    transient DocumentStorage storage;


    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    PendingMessages pendingMessages;

    private String spaceKey;
    private Long folder;
    private Space space;
    private DocumentViews.Listing listing;
    private String newFolder;
    private List<DocumentViews.Trashed> trash;
    private List<DocumentFolders.MemberSummaryName> shares;
    private String renameTarget;
    private String newName;
    private MemberCard shareWith;
    private String moveTarget;
    private String moveTo;
    private List<DocumentViews.Destination> destinations;
    private final List<ReportLine> uploadReport = new ArrayList<>();

    public void open() {
        pendingMessages.show();
        space = spaceKey == null || spaceKey.isBlank() ? Space.organisation() : Space.parse(spaceKey);
        if (space == null || (folder != null && folder < 0)) {
            guard.notFound();
            return;
        }
        load();
    }

    private void load() {
        try {
            listing = documents.listing(currentMember.required(), space, folder);
        } catch (PortalException refused) {
            listing = null;
            if (refused.reason() == Reason.NOT_FOUND) {
                guard.notFound();
            } else {
                throw refused;
            }
        }
    }

    public String createFolder() {
        try {
            folders.createFolder(currentMember.required(), space, folder, newFolder);
            newFolder = null;
            messages.info("documents.folderCreated");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    /**
     * One file dropped or chosen in the uploader: the uploader sends the files one after the
     * other, each with its progress bar, and the listing is shown again after each. A refused
     * file does not stop the others; each says what was wrong with it.
     */
    public void uploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            DocumentViews.File stored = documents.upload(currentMember.required(), space, folder, file.getFileName(), content);
            uploadReport.add(new ReportLine(false, messages.text("documents.uploadedOne", stored.name(), stored.version())));
        } catch (PortalException refused) {
            uploadReport.add(new ReportLine(true, messages.refusedFileText(file.getFileName(), refused)));
        } catch (IOException unreadable) {
            uploadReport.add(new ReportLine(true, messages.refusedFileText(file.getFileName(),
                    new PortalException(Reason.INVALID_INPUT, "files.error.unreadable"))));
        } finally {
            discard(file);
        }
        // Each file is its own request: the page's messages show what became of every file sent so far.
        uploadReport.forEach(line -> messages.show(line.refused(), line.text()));
        reload();
    }

    /** What became of one uploaded file, in the reader's language. */
    private record ReportLine(boolean refused, String text) implements Serializable {
    }

    /** The container's temporary copy of the upload goes now, not when the request is collected. */
    private static void discard(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException ignored) {
            // The container deletes it at the end of the request anyway.
        }
    }

    /** The largest file the uploader lets through before sending it (the server checks again). */
    public long getMaxBytes() {
        return storage.maxBytes();
    }

    private void reload() {
        trash = null;
        shares = null;
        destinations = null;
        load();
    }

    /** Moves the file or folder picked in the form to the folder picked ("" = the root). */
    public String move() {
        try {
            String[] target = moveTarget.split(":");
            Long to = moveTo == null || moveTo.isBlank() ? null : Long.valueOf(moveTo);
            folders.move(currentMember.required(), Documents.Item.valueOf(target[0]), Long.parseLong(target[1]), to);
            messages.info("documents.moved");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IllegalArgumentException | NullPointerException | ArrayIndexOutOfBoundsException unknown) {
            messages.invalid("move:target", "files.error.notFound");
        }
        return showAgain();
    }

    /** The folders of the space one can move things to, by path (writers only). */
    public List<DocumentViews.Destination> getDestinations() {
        if (destinations == null) {
            destinations = listing != null && listing.writable() ? folders.destinations(currentMember.required(), space)
                    : List.of();
        }
        return destinations;
    }

    /** After a change, the page is asked again (a reload never sends the files twice), with its messages. */
    private String showAgain() {
        pendingMessages.keepForNextPage();
        return "/documents/index.xhtml?faces-redirect=true&space=" + space.key() + (folder == null ? "" : "&folder=" + folder);
    }

    public String trash(String item, long id) {
        try {
            trashBin.trash(currentMember.required(), Documents.Item.valueOf(item), id);
            messages.info("documents.trashed");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    public String restoreFromTrash(String item, long id) {
        try {
            trashBin.restoreFromTrash(currentMember.required(), Documents.Item.valueOf(item), id);
            messages.info("documents.restoredFromTrash");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    /** The space's trash, for those who write the space. */
    public List<DocumentViews.Trashed> getTrash() {
        if (trash == null) {
            trash = listing != null && listing.writable() ? trashBin.trashOf(currentMember.required(), space) : List.of();
        }
        return trash;
    }

    /** Renames the file or folder picked in the form. */
    public String rename() {
        try {
            String[] target = renameTarget.split(":");
            folders.rename(currentMember.required(), Documents.Item.valueOf(target[0]), Long.parseLong(target[1]), newName);
            messages.info("documents.renamed");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IllegalArgumentException | NullPointerException | ArrayIndexOutOfBoundsException unknown) {
            messages.invalid("rename:name", "files.error.notFound");
        }
        return showAgain();
    }

    /** Shares the folder being shown with a member picked with the portal's member picker. */
    public String share() {
        try {
            if (shareWith == null) {
                throw new PortalException(org.communs.portal.error.Reason.INVALID_INPUT, "collective.error.leadUnknown");
            }
            folders.share(currentMember.required(), folder, shareWith.id());
            messages.info("documents.shared");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    /** Who the folder being shown is shared with (writers only; empty at a space's root). */
    public List<DocumentFolders.MemberSummaryName> getShares() {
        if (shares == null) {
            shares = folder == null || listing == null || !listing.writable() ? List.of()
                    : folders.sharesOf(currentMember.required(), folder);
        }
        return shares;
    }

    /** The spaces the reader can go to: the organisation's, their own, their collectives'. */
    public List<SpaceLink> getSpaces() {
        List<SpaceLink> links = new ArrayList<>();
        links.add(new SpaceLink(Space.organisation().key(), null, "org"));
        links.add(new SpaceLink(Space.member(currentMember.required().id()).key(), null, "mine"));
        for (CollectiveSummary c : collectives.list(currentMember.required(), CollectiveQuery.ALL)) {
            if (c.isSubscribed() || c.lead()) {
                links.add(new SpaceLink(Space.collective(c.id()).key(), c.name(), "collective"));
            }
        }
        return links;
    }

    /** A space in the switcher: its key, its name (collectives) and which label to show. */
    public record SpaceLink(String key, String name, String kind) implements Serializable {
    }

    public DocumentViews.Listing getListing() {
        return listing;
    }

    public String getSpaceName() {
        if (space == null) {
            return "";
        }
        return switch (space.kind()) {
            case ORGANISATION -> "org";
            case MEMBER -> "mine";
            case COLLECTIVE -> collectives.names(java.util.Set.of(space.ref())).getOrDefault(space.ref(), "");
        };
    }

    public String getSpace() {
        return spaceKey;
    }

    public void setSpace(String space) {
        this.spaceKey = space;
    }

    public String getFolder() {
        return folder == null ? null : String.valueOf(folder);
    }

    public void setFolder(String folder) {
        this.folder = PageGuard.id(folder);
    }

    public String getCurrentKey() {
        return space == null ? "org" : space.key();
    }

    public String getNewFolder() {
        return newFolder;
    }

    public void setNewFolder(String newFolder) {
        this.newFolder = newFolder;
    }

    /** What to rename, as "FILE:12" or "FOLDER:3". */
    public String getRenameTarget() {
        return renameTarget;
    }

    public void setRenameTarget(String renameTarget) {
        this.renameTarget = renameTarget;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public MemberCard getShareWith() {
        return shareWith;
    }

    public void setShareWith(MemberCard shareWith) {
        this.shareWith = shareWith;
    }

    /** What to move, as "FILE:12" or "FOLDER:3". */
    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }

    /** Where to: a folder id, or "" for the root of the space. */
    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }
}
