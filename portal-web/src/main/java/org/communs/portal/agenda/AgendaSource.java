package org.communs.portal.agenda;

import java.time.LocalDate;
import java.util.List;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;

/**
 * What gives the Agenda its entries (the plugins in service, through the plugin host): the
 * Agenda asks each source, so that it never depends on who has dated things.
 */
public interface AgendaSource {

    /** @return the kinds of entries this source gives, labelled in the language */
    List<AgendaKind> kinds(Language language);

    /** @return the entries the reader may see that touch the days from {@code from} to {@code to} */
    List<AgendaEntry> entries(LocalDate from, LocalDate to, MemberSummary reader);
}
