package org.communs.portal.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;

/** The profile form ({@code edit.xhtml?id=N}): one's own, or anyone's for admins. */
@Named("profileEdit")
@ViewScoped
public class ProfileEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Profiles profiles;

    @Inject
    CurrentMember currentMember;

    @Inject
    FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private Long id;
    private ProfileDraft draft;
    private transient Part photo;

    public void open() {
        if (draft != null) {
            return;
        }
        if (id == null) {
            id = currentMember.required().id();
        }
        try {
            draft = profiles.draft(currentMember.required(), id);
        } catch (PortalException refused) {
            messages.refused(refused);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().setResponseStatus(refused.reason().httpStatus());
        }
    }

    public String save() {
        List<ProfileDraft.Problem> problems = draft.problems();
        for (ProfileDraft.Problem problem : problems) {
            messages.invalid("profile:" + inputId(problem.input()), problem.key(), problem.arguments());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            profiles.save(currentMember.required(), id, draft);
        } catch (PortalException refused) {
            messages.refused(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("profile.saved");
        return "/directory/member.xhtml?faces-redirect=true&id=" + id;
    }

    public void uploadPhoto() {
        if (photo == null || photo.getSize() == 0) {
            messages.invalid("photo:file", "profile.photo.missing");
            return;
        }
        try (InputStream upload = photo.getInputStream()) {
            // Read one byte past the limit: enough to refuse, never the whole of a huge upload.
            byte[] bytes = upload.readNBytes(PhotoThumbnail.MAX_UPLOAD_BYTES + 1);
            profiles.savePhoto(currentMember.required(), id, bytes);
            messages.info("profile.photo.saved");
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IOException e) {
            messages.invalid("photo:file", "profile.photo.notImage");
        }
    }

    public void removePhoto() {
        try {
            profiles.removePhoto(currentMember.required(), id);
            messages.info("profile.photo.removed");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }

    static String inputId(ProfileDraft.ProfileInput input) {
        String[] words = input.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }

    public List<ProfileField> getFields() {
        return List.of(ProfileField.values());
    }

    public List<FieldVisibility> getVisibilities() {
        return List.of(FieldVisibility.values());
    }

    public List<String> getLanguageCodes() {
        return SpokenLanguages.codes();
    }

    public String languageName(String code) {
        return SpokenLanguages.name(code, preferences.getLocale());
    }

    public List<String> getSkillSuggestions() {
        return profiles.skillSuggestions(currentMember.required(), "", 30);
    }

    public Long getId() {
        return id;
    }

    /** The id as the address gives it; not a number means no such member (the service says so). */
    public void setIdParam(String id) {
        this.id = MemberIds.parse(id);
    }

    public String getIdParam() {
        return id == null ? null : String.valueOf(id);
    }

    public ProfileDraft getDraft() {
        return draft;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
