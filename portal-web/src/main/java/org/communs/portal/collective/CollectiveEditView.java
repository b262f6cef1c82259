package org.communs.portal.collective;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.UploadedImage;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;

/**
 * Creating a collective (admins) or editing its space (admins and its leads): texts, links, join
 * policy, logo; admins also name leads and archive it.
 */
@Named("collectiveEdit")
@ViewScoped
public class CollectiveEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;


    @Inject
    transient Authorization authorization;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private Long id;
    private String name;
    private Long typeId;
    private String summary;
    private String description;
    private JoinPolicy joinPolicy = JoinPolicy.OPEN;
    private final List<LinkRow> links = new ArrayList<>();
    private transient Part logo;
    /** Picked with the portal's member picker ({@code <portal:memberPicker>}). */
    private MemberCard newLead;
    private boolean archived;

    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            guard.allow(Action.MANAGE_COLLECTIVES);
            links.add(new LinkRow());
            return;
        }
        if (id < 0) {
            guard.notFound();
            return;
        }
        try {
            CollectiveSummary existing = collectives.view(currentMember.required(), id);
            if (!guard.allow(Action.MANAGE_COLLECTIVE, id)) {
                return;
            }
            name = existing.name();
            typeId = existing.typeId();
            summary = existing.summary();
            description = existing.descriptionHtml();
            joinPolicy = existing.joinPolicy();
            archived = existing.archived();
            existing.links().forEach(link -> links.add(new LinkRow(link.getLabel(), link.getUrl())));
            links.add(new LinkRow());
        } catch (PortalException refused) {
            guard.notFound();
        }
    }

    public String save() {
        CollectiveDraft draft = new CollectiveDraft(name, typeId == null ? 0 : typeId, summary, description, joinPolicy,
                links.stream().map(row -> new CollectiveLink(row.getLabel(), row.getUrl())).toList());
        try {
            CollectiveSummary saved = id == null ? collectives.create(currentMember.required(), draft)
                    : collectives.update(currentMember.required(), id, draft);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info("collective.saved", saved.name());
            return "/collectives/space.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (PortalException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public void addLink() {
        links.add(new LinkRow());
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            messages.invalid("logo:file", "collective.logo.missing");
            return;
        }
        try (InputStream upload = logo.getInputStream()) {
            collectives.saveLogo(currentMember.required(), id, upload.readNBytes(UploadedImage.MAX_UPLOAD_BYTES + 1));
            messages.info("collective.logo.saved");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IOException unreadable) {
            messages.invalid("logo:file", "image.notImage");
        }
    }

    public void nameLead() {
        try {
            if (newLead == null) {
                throw new PortalException(org.communs.portal.error.Reason.INVALID_INPUT, "collective.error.leadUnknown");
            }
            collectives.nameLead(currentMember.required(), id, newLead.id());
            messages.info("collective.lead.named");
            newLead = null;
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public void removeLead(long memberId) {
        try {
            collectives.removeLead(currentMember.required(), id, memberId);
            messages.info("collective.lead.removed");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public void archive(boolean archive) {
        try {
            collectives.archive(currentMember.required(), id, archive);
            archived = archive;
            messages.info(archive ? "collective.archived" : "collective.restored");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    public List<MemberSummary> getLeads() {
        return id == null ? List.of() : collectives.leads(id);
    }

    public List<CollectiveType> getTypes() {
        return collectives.types(false);
    }

    public String typeLabel(CollectiveType type) {
        return type.label(preferences.getLanguage().code());
    }

    public boolean isAdmin() {
        return authorization.may(currentMember.required(), Action.MANAGE_COLLECTIVES, null);
    }

    public JoinPolicy[] getJoinPolicies() {
        return JoinPolicy.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(JoinPolicy joinPolicy) {
        this.joinPolicy = joinPolicy;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public MemberCard getNewLead() {
        return newLead;
    }

    public void setNewLead(MemberCard newLead) {
        this.newLead = newLead;
    }

    public boolean isArchived() {
        return archived;
    }

    /** One editable row of the links list. */
    public static class LinkRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String label;
        private String url;

        public LinkRow() {
        }

        LinkRow(String label, String url) {
            this.label = label;
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }
}
