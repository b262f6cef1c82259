package org.communs.portal.news;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.UploadedImage;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.Dates;
import org.communs.portal.ui.FacesMessages;

/**
 * Writing a news item ({@code news/edit.xhtml?collective=N} for a new one, {@code ?id=M} for an
 * existing one): text, image, the collectives it speaks for, then draft, schedule or publish.
 */
@Named("newsEdit")
@ViewScoped
public class NewsEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NewsItems news;

    @Inject
    transient Collectives collectives;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    /** Scheduled times are typed in the organisation's zone. */
    @Inject
    transient Dates dates;

    private Long id;
    private Long collective;
    private String title;
    private String body;
    private boolean publicItem;
    private List<Long> targets = new ArrayList<>();
    private LocalDateTime publishAt;
    private NewsCard saved;
    private List<CollectiveSummary> choices;
    private transient Part image;
    private transient Part attachmentUpload;

    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                saved = news.read(currentMember.required(), id);
            } catch (PortalException missing) {
                guard.notFound();
                return;
            }
            if (!saved.editable()) {
                guard.allow(Action.MANAGE_COLLECTIVE, saved.collectives().keySet().iterator().next());
                return;
            }
            title = saved.title();
            body = saved.bodyHtml();
            publicItem = saved.publicItem();
            targets = new ArrayList<>(saved.collectives().keySet());
        } else if (collective != null && collective > 0) {
            if (guard.allow(Action.MANAGE_COLLECTIVE, collective)) {
                targets.add(collective);
            }
        } else if (getChoices().isEmpty()) {
            guard.allow(Action.MANAGE_COLLECTIVE, -1L);
        }
    }

    public void saveDraft() {
        if (store()) {
            messages.info("news.saved");
        }
    }

    public void publish() {
        if (store()) {
            act(() -> saved = news.publish(currentMember.required(), saved.id()), "news.published");
        }
    }

    public void schedule() {
        if (publishAt == null) {
            messages.invalid("news:publishAt", "news.error.scheduleTime");
            return;
        }
        if (store()) {
            Instant when = publishAt.atZone(dates.zone()).toInstant();
            act(() -> saved = news.schedule(currentMember.required(), saved.id(), when), "news.scheduled");
        }
    }

    public void unpublish() {
        act(() -> saved = news.unpublish(currentMember.required(), saved.id()), "news.unpublished");
    }

    public void uploadImage() {
        if (saved == null) {
            messages.invalid("image:file", "news.image.saveFirst");
            return;
        }
        if (image == null || image.getSize() == 0) {
            messages.invalid("image:file", "news.image.missing");
            return;
        }
        try (InputStream upload = image.getInputStream()) {
            news.saveImage(currentMember.required(), saved.id(), upload.readNBytes(UploadedImage.MAX_UPLOAD_BYTES + 1));
            saved = news.read(currentMember.required(), saved.id());
            messages.info("news.image.saved");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IOException unreadable) {
            messages.invalid("image:file", "image.notImage");
        }
    }

    public void attach() {
        if (saved == null) {
            messages.invalid("attachments:file", "news.image.saveFirst");
            return;
        }
        if (attachmentUpload == null || attachmentUpload.getSize() == 0) {
            messages.invalid("attachments:file", "news.attachment.empty");
            return;
        }
        try (InputStream upload = attachmentUpload.getInputStream()) {
            news.attach(currentMember.required(), saved.id(), attachmentUpload.getSubmittedFileName(),
                    upload.readNBytes(AttachmentFile.MAX_BYTES + 1));
            messages.info("news.attachment.saved");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IOException unreadable) {
            messages.invalid("attachments:file", "news.attachment.type");
        }
    }

    public void detach(long attachmentId) {
        act(() -> news.detach(currentMember.required(), attachmentId), "news.attachment.removed");
    }

    public List<Attachment> getAttachments() {
        return saved == null ? List.of() : news.attachments(currentMember.required(), saved.id());
    }

    public void removeImage() {
        act(() -> {
            news.removeImage(currentMember.required(), saved.id());
            saved = news.read(currentMember.required(), saved.id());
        }, "news.image.removed");
    }

    private boolean store() {
        try {
            saved = news.save(currentMember.required(), saved == null ? null : saved.id(),
                    new NewsDraft(title, body, publicItem, new LinkedHashSet<>(targets)));
            id = saved.id();
            return true;
        } catch (PortalException refused) {
            messages.refused(refused);
            return false;
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    /** The collectives the author may publish for. */
    public List<CollectiveSummary> getChoices() {
        if (choices == null) {
            choices = collectives.ledBy(currentMember.required());
        }
        return choices;
    }

    public NewsCard getSaved() {
        return saved;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }

    public String getCollective() {
        return collective == null ? null : String.valueOf(collective);
    }

    public void setCollective(String collective) {
        this.collective = PageGuard.id(collective);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isPublicItem() {
        return publicItem;
    }

    public void setPublicItem(boolean publicItem) {
        this.publicItem = publicItem;
    }

    public List<Long> getTargets() {
        return targets;
    }

    public void setTargets(List<Long> targets) {
        this.targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public Part getAttachmentUpload() {
        return attachmentUpload;
    }

    public void setAttachmentUpload(Part attachmentUpload) {
        this.attachmentUpload = attachmentUpload;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }
}
