/**
 * Dated entries plugins show in the portal's Agenda and in each member's iCalendar feed (since
 * API 1.1): tasks' due dates, meetings, calls. A plugin gives a
 * {@link org.communs.portal.api.calendar.CalendarSource} from {@code Plugin.calendar()}.
 */
package org.communs.portal.api.calendar;
