package org.communs.portal.agenda;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.settings.PortalSettings;

/**
 * {@code /calendar/feed.ics?token=…}: a member's Agenda as an iCalendar feed (RFC 5545) for the
 * calendar programs they subscribe with, from a month ago to a year ahead. The token is the
 * credential (no sign-in: calendar programs cannot); an unknown or revoked one, or a disabled
 * member's, is a 404 that says nothing of why.
 */
@WebServlet("/calendar/feed.ics")
public class CalendarFeedServlet extends HttpServlet {

    @Inject
    PortalSettings settings;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Members members;

    @Inject
    Agenda agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MemberSummary> member = feeds.memberOf(request.getParameter("token")).flatMap(members::find)
                .filter(MemberSummary::active);
        if (member.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDate today = LocalDate.now(settings.zone());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Portail//Agenda//FR");
        calendar.setName(member.get().displayName());
        String base = settings.publicUrl();
        for (AgendaEntry entry : agenda.entries(member.get(), today.minusMonths(1), today.plusYears(1), Set.of())) {
            calendar.addEvent(event(entry, base));
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Biweekly.write(calendar).go(response.getWriter());
    }

    private VEvent event(AgendaEntry entry, String base) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setSummary(entry.title());
        event.setUrl(base + entry.path());
        event.addCategories(entry.kindKey());
        if (entry.allDay()) {
            event.setDateStart(new DateStart(day(entry.firstDay()), false));
            // RFC 5545: the end of an all-day event is the day after its last day.
            event.setDateEnd(new DateEnd(day(entry.lastDay().plusDays(1)), false));
        } else {
            event.setDateStart(new DateStart(Date.from(entry.start()), true));
            event.setDateEnd(new DateEnd(Date.from(entry.end()), true));
        }
        return event;
    }

    /** A calendar day as biweekly writes a date without time (its fields read in the JVM's zone). */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}
