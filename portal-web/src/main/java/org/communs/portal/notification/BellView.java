package org.communs.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.i18n.Messages;
import org.communs.portal.ui.ShellView;
import org.communs.portal.ui.UserPreferences;

/** The bell of the top bar: the member's latest notifications and how many are unread. */
@Named("bell")
@RequestScoped
public class BellView {

    @Inject
    Notifications notifications;

    @Inject
    CurrentMember currentMember;

    @Inject
    ShellView shell;

    @Inject
    UserPreferences preferences;

    private List<Notification> latest;
    private Long unread;

    private boolean ready() {
        return currentMember.isSignedIn() && shell.isDatabaseReady();
    }

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = ready() ? notifications.latest(currentMember.required()) : List.of();
        }
        return latest;
    }

    public long getUnread() {
        if (unread == null) {
            unread = ready() ? notifications.unreadCount(currentMember.required()) : 0L;
        }
        return unread;
    }

    /** Marks the member's notification named by the request's {@code notification} parameter read and opens its page. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        long id;
        try {
            id = Long.parseLong(faces.getExternalContext().getRequestParameterMap().getOrDefault("notification", ""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        long wanted = id;
        notifications.markRead(currentMember.required(), wanted);
        // Looked up by id, not by row: a notification arriving meanwhile must not shift the click.
        String link = getLatest().stream().filter(n -> n.id() == wanted).map(Notification::link)
                .findFirst().orElse("/index.xhtml");
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + link);
    }

    /** The line of the bell, in the reader's language. */
    public String text(Notification notification) {
        return Messages.text(preferences.getLanguage(), "notifications." + notification.kind().name(),
                notification.subject(), notification.collectiveName());
    }

    public void markAllRead() {
        notifications.markAllRead(currentMember.required());
        latest = null;
        unread = null;
    }
}
