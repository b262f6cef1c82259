package org.communs.portal.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.UserPreferences;

/** A member's profile page ({@code member.xhtml?id=N}), or one's own without an id. */
@Named("profile")
@RequestScoped
public class ProfileView {

    @Inject
    Profiles profiles;

    @Inject
    CurrentMember currentMember;

    @Inject
    PageGuard guard;

    @Inject
    UserPreferences preferences;

    private static final Long NOT_AN_ID = MemberIds.NOT_AN_ID;

    private Long id;
    private VisibleProfile shown;

    public void open() throws IOException {
        if (NOT_AN_ID.equals(id)) {
            notFound();
            return;
        }
        long wanted = id == null ? currentMember.required().id() : id;
        if (wanted != currentMember.required().id() && !guard.allow(Action.VIEW_DIRECTORY)) {
            return;
        }
        try {
            shown = profiles.view(currentMember.required(), wanted);
        } catch (PortalException refused) {
            if (refused.reason() != Reason.NOT_FOUND) {
                throw refused;
            }
            notFound();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public VisibleProfile getShown() {
        return shown;
    }

    /** The member's place for the map script (see {@link MapMarkers}). */
    public String getMarker() {
        return MapMarkers.of(List.of(shown));
    }

    public List<String> getLanguageNames() {
        return shown.languages().stream().map(code -> SpokenLanguages.name(code, preferences.getLocale())).toList();
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    /** The id as the address gives it: anything but a number is a page that does not exist. */
    public void setId(String id) {
        this.id = MemberIds.parse(id);
    }
}
