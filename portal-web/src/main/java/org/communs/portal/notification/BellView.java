package org.communs.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.ShellView;
import org.communs.portal.ui.UserPreferences;

/** The bell of the top bar: the member's latest notifications and how many are unread. */
@Named("bell")
@RequestScoped
public class BellView {

    /** The prefix of the portal's own lines. */
    static final String PORTAL = "n";

    @Inject
    Notifications notifications;

    @Inject
    CurrentMember currentMember;

    @Inject
    ShellView shell;

    @Inject
    UserPreferences preferences;

    @Inject
    @Any
    Instance<BellSource> sources;

    private List<BellLine> latest;
    private Long unread;

    private boolean ready() {
        return currentMember.isSignedIn() && shell.isDatabaseReady();
    }

    /** The portal's notifications and every source's, unread first, newest first. */
    public List<BellLine> getLatest() {
        if (latest == null) {
            latest = ready() ? merged(currentMember.required()) : List.of();
        }
        return latest;
    }

    private List<BellLine> merged(MemberSummary member) {
        Language language = preferences.getLanguage();
        List<BellLine> lines = new ArrayList<>();
        for (Notification notification : notifications.latest(member)) {
            lines.add(new BellLine(PORTAL + notification.id(), text(language, notification), notification.link(),
                    notification.createdAt(), notification.read()));
        }
        sources.forEach(source -> lines.addAll(source.latest(member, language, Notifications.SHOWN)));
        return lines.stream()
                .sorted(Comparator.comparing(BellLine::read).thenComparing(BellLine::createdAt, Comparator.reverseOrder()))
                .limit(Notifications.SHOWN).toList();
    }

    public long getUnread() {
        if (unread == null) {
            if (ready()) {
                MemberSummary member = currentMember.required();
                long count = notifications.unreadCount(member);
                for (BellSource source : sources) {
                    count += source.unreadCount(member);
                }
                unread = count;
            } else {
                unread = 0L;
            }
        }
        return unread;
    }

    /** Marks the member's line named by the request's {@code notification} parameter read and opens its page. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String wanted = faces.getExternalContext().getRequestParameterMap().getOrDefault("notification", "");
        // Looked up by id, not by row: a notification arriving meanwhile must not shift the click.
        String link = getLatest().stream().filter(line -> line.id().equals(wanted)).map(BellLine::link)
                .findFirst().orElse("/index.xhtml");
        markRead(currentMember.required(), wanted);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + link);
    }

    private void markRead(MemberSummary member, String lineId) {
        if (lineId.length() < 2) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(lineId.substring(1));
        } catch (NumberFormatException notALine) {
            return;
        }
        String prefix = lineId.substring(0, 1);
        if (prefix.equals(PORTAL)) {
            notifications.markRead(member, id);
        }
        sources.stream().filter(source -> source.prefix().equals(prefix)).forEach(source -> source.markRead(member, id));
    }

    /** The line of a portal notification, in the reader's language. */
    private static String text(Language language, Notification notification) {
        return Messages.text(language, "notifications." + notification.kind().name(),
                notification.subject(), notification.collectiveName());
    }

    public void markAllRead() {
        MemberSummary member = currentMember.required();
        notifications.markAllRead(member);
        sources.forEach(source -> source.markAllRead(member));
        latest = null;
        unread = null;
    }
}
