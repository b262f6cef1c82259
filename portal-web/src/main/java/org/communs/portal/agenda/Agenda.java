package org.communs.portal.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.settings.PortalSettings;

/** The member's Agenda: every source's entries they may see, between two days, in the order they start. */
@ApplicationScoped
public class Agenda {

    @Inject
    PortalSettings settings;

    /** The widest window asked at once: a year and a half (a feed's past month and coming year fit). */
    static final long MAX_DAYS = 550;

    @Inject
    @Any
    Instance<AgendaSource> sources;

    @Inject
    Authorization authorization;

    /** @return every source's kinds, in the language */
    public List<AgendaKind> kinds(Language language) {
        List<AgendaKind> kinds = new ArrayList<>();
        sources.forEach(source -> kinds.addAll(source.kinds(language)));
        return kinds;
    }

    /**
     * @param hidden keys of kinds the reader chose not to see
     * @throws PortalException forbidden for a disabled member; invalid input for a window that is
     *                         backwards or wider than {@link #MAX_DAYS}
     */
    public List<AgendaEntry> entries(MemberSummary reader, LocalDate from, LocalDate to, Set<String> hidden) {
        authorization.require(reader, Action.USE_PORTAL, null);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new PortalException(Reason.INVALID_INPUT, "agenda.error.window", MAX_DAYS);
        }
        List<AgendaEntry> entries = new ArrayList<>();
        sources.forEach(source -> source.entries(from, to, reader).stream()
                .filter(entry -> !hidden.contains(entry.kindKey())).forEach(entries::add));
        entries.sort(Comparator.comparing(this::startOf).thenComparing(AgendaEntry::title));
        return entries;
    }

    /** When an entry starts; an all-day one at the start of its first day in the organisation's zone. */
    private java.time.Instant startOf(AgendaEntry entry) {
        return entry.allDay() ? entry.firstDay().atStartOfDay(settings.zone()).toInstant() : entry.start();
    }
}
