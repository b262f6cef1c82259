package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.communs.portal.agenda.AgendaEntry;
import org.communs.portal.agenda.AgendaKind;
import org.communs.portal.agenda.AgendaSource;
import org.communs.portal.api.calendar.CalendarEntry;
import org.communs.portal.api.calendar.CalendarKind;
import org.communs.portal.api.calendar.CalendarSource;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;

/**
 * The plugins' calendars on the Agenda and in feeds: each plugin in service with a calendar,
 * asked with its class loader for the reader. A plugin that fails is left out and logged: the
 * Agenda shows the others.
 */
@ApplicationScoped
public class PluginAgenda implements AgendaSource {

    private static final Logger LOG = Logger.getLogger(PluginAgenda.class.getName());

    @Inject
    PluginRegistry registry;

    @Override
    public List<AgendaKind> kinds(Language language) {
        List<AgendaKind> kinds = new ArrayList<>();
        for (ActivePlugin plugin : registry.allActive()) {
            CalendarSource calendar = calendarOf(plugin);
            if (calendar != null) {
                for (CalendarKind kind : PluginCalls.supplied(plugin.loader(), calendar::kinds)) {
                    kinds.add(new AgendaKind(key(plugin, kind.name()), HostedContext.text(plugin.loader(), kind.bundle(),
                            kind.labelKey(), language.locale()), kind.colour()));
                }
            }
        }
        return kinds;
    }

    @Override
    public List<AgendaEntry> entries(LocalDate from, LocalDate to, MemberSummary reader) {
        PortalMember asPlugins = PortalServices.asPluginMember(reader);
        List<AgendaEntry> entries = new ArrayList<>();
        for (ActivePlugin plugin : registry.allActive()) {
            CalendarSource calendar = calendarOf(plugin);
            if (calendar == null) {
                continue;
            }
            try {
                Set<String> kinds = PluginCalls.supplied(plugin.loader(), calendar::kinds).stream().map(CalendarKind::name)
                        .collect(Collectors.toSet());
                for (CalendarEntry entry : PluginCalls.supplied(plugin.loader(), () -> calendar.entries(from, to, asPlugins))) {
                    if (kinds.contains(entry.kind())) {
                        entries.add(new AgendaEntry(entry.id() + "." + plugin.id() + "@portal", key(plugin, entry.kind()),
                                entry.title(), entry.start(), entry.end(), entry.firstDay(), entry.lastDay(), entry.path()));
                    }
                }
            } catch (RuntimeException | LinkageError failed) {
                LOG.log(Level.WARNING, "The calendar of plugin " + plugin.id() + " failed; the Agenda shows the others", failed);
            }
        }
        return entries;
    }

    private static CalendarSource calendarOf(ActivePlugin plugin) {
        try {
            return PluginCalls.supplied(plugin.loader(), plugin.plugin()::calendar);
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.WARNING, "Plugin " + plugin.id() + " could not give its calendar", failed);
            return null;
        }
    }

    private static String key(ActivePlugin plugin, String kind) {
        return plugin.id() + "/" + kind;
    }
}
