package org.communs.portal.notification;

import java.util.List;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;

/**
 * Lines the bell shows beside the portal's own notifications (the plugins' notifications): the
 * bell asks each source, so that the notification kernel never depends on who writes to it.
 * Ids of a source's lines start with its {@link #prefix()}.
 */
public interface BellSource {

    /** @return one lower-case letter that starts the ids of this source's lines (not {@code n}: the portal's) */
    String prefix();

    /** @return the member's latest lines, unread first, at most {@code max} */
    List<BellLine> latest(MemberSummary member, Language language, int max);

    long unreadCount(MemberSummary member);

    /** Marks one of the member's lines read (the id without the prefix; others' ids are ignored). */
    void markRead(MemberSummary member, long id);

    void markAllRead(MemberSummary member);
}
