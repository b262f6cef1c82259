package org.communs.portal.agenda;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.settings.PortalSettings;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The Agenda ({@code /agenda.xhtml}): every source's entries for the member on a PrimeFaces
 * schedule (month, week, day), loaded for the dates shown; kinds can be hidden; and the member's
 * private feed address for their calendar program.
 */
@Named("agenda")
@ViewScoped
public class AgendaView implements Serializable {

    @Inject
    transient PortalSettings settings;

    private static final long serialVersionUID = 1L;

    @Inject
    transient Agenda agenda;

    @Inject
    transient CalendarFeeds feeds;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private List<AgendaKind> kinds = List.of();
    private List<String> shown = List.of();
    private String newFeedUrl;
    private final ScheduleModel schedule = new Entries();

    /** Loads the dates the schedule shows, each time it moves. */
    private final class Entries extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Map<String, String> colours = kinds.stream().collect(Collectors.toMap(AgendaKind::key, AgendaKind::colour));
            Set<String> hidden = kinds.stream().map(AgendaKind::key).filter(key -> !shown.contains(key)).collect(Collectors.toSet());
            ZoneId zone = settings.zone();
            try {
                for (AgendaEntry entry : agenda.entries(currentMember.required(), start.toLocalDate(), end.toLocalDate(), hidden)) {
                    String colour = colours.getOrDefault(entry.kindKey(), "#3b5b7a");
                    DefaultScheduleEvent.Builder<String> event = DefaultScheduleEvent.<String>builder()
                            .id(entry.uid()).title(entry.title()).url(entry.path().substring(1))
                            .backgroundColor(colour).borderColor(colour).textColor("#ffffff")
                            .editable(false).styleClass("kind-" + entry.kindKey().replaceAll("[^a-z0-9-]", "-"));
                    if (entry.allDay()) {
                        event.allDay(true).startDate(entry.firstDay().atStartOfDay()).endDate(entry.lastDay().plusDays(1).atStartOfDay());
                    } else {
                        event.startDate(LocalDateTime.ofInstant(entry.start(), zone)).endDate(LocalDateTime.ofInstant(entry.end(), zone));
                    }
                    addEvent(event.build());
                }
            } catch (PortalException refused) {
                messages.refused(refused);
            }
        }
    }

    public void open() {
        if (guard.allow(Action.USE_PORTAL)) {
            kinds = agenda.kinds(preferences.getLanguage());
            shown = kinds.stream().map(AgendaKind::key).toList();
        }
    }

    /** Makes the member a new feed address, shown once (the previous one stops working). */
    public void renewFeed() {
        newFeedUrl = settings.publicUrl() + "/calendar/feed.ics?token=" + feeds.renew(currentMember.required().id());
        messages.info("agenda.feed.renewed");
    }

    public void revokeFeed() {
        feeds.revoke(currentMember.required().id());
        newFeedUrl = null;
        messages.info("agenda.feed.revoked");
    }

    public boolean isFeedActive() {
        return feeds.exists(currentMember.required().id());
    }

    public String getNewFeedUrl() {
        return newFeedUrl;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public List<AgendaKind> getKinds() {
        return kinds;
    }

    public List<String> getShown() {
        return shown;
    }

    public void setShown(List<String> shown) {
        // Only kinds that exist: the choice comes from the browser.
        Set<String> known = new HashSet<>(kinds.stream().map(AgendaKind::key).toList());
        this.shown = shown == null ? List.of() : shown.stream().filter(known::contains).toList();
    }

    /** The organisation's time zone, in which the schedule shows times. */
    public String getTimezone() {
        return settings.zone().getId();
    }

    /** The initial date of the schedule: today in the organisation's time zone. */
    public LocalDate getToday() {
        return LocalDate.now(settings.zone());
    }
}
