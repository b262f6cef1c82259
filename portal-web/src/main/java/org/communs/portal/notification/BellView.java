package org.communs.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.ShellView;

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

    /** Marks the member's notification read and opens what it is about (the home page if it is gone). */
    public void open(long notificationId) throws IOException {
        notifications.markRead(currentMember.required(), notificationId);
        String link = getLatest().stream().filter(n -> n.id() == notificationId).map(Notification::link)
                .findFirst().orElse("/index.xhtml");
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + link);
    }

    public void markAllRead() {
        notifications.markAllRead(currentMember.required());
        latest = null;
        unread = null;
    }
}
