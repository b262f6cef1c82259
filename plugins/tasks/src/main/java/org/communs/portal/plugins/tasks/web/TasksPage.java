package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.mywork.WorkSections;
import org.communs.portal.plugins.tasks.problem.TasksProblem;
import org.communs.portal.plugins.tasks.task.Priority;

/** What every page model of the plugin shares: the services, the texts, the acting member, messages. */
public abstract class TasksPage {

    private static final Logger LOG = Logger.getLogger(TasksPage.class.getName());

    /** The plugin's services. */
    protected final TasksServices services;
    private final PerRequest<Person> person = new PerRequest<>();

    protected TasksPage(TasksServices services) {
        this.services = services;
    }

    /**
     * @param key a key of the plugin's bundle
     * @return the text in the reader's language
     */
    public String text(String key) {
        return services.texts().text(key);
    }

    /**
     * @param key      a key with one placeholder
     * @param argument its value
     * @return the text in the reader's language
     */
    public String format(String key, Object argument) {
        return services.texts().text(key, argument);
    }

    /** @return a date in the reader's language ({@code 10 mars 2026}), empty for none */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(services.texts().locale()).format(date);
    }

    /** @return a time ({@code 14:30}), empty for none */
    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(services.texts().locale()).format(time);
    }

    /** @return a moment, in the organisation's zone and the reader's language */
    public String moment(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(services.texts().locale()).withZone(WorkSections.ORGANISATION_ZONE).format(at);
    }

    /** @return the priority's name in the reader's language, empty for none */
    public String priority(Priority priority) {
        return priority == null ? "" : text("priority." + priority.name());
    }

    /** @return the priorities, most urgent first (choices of a form) */
    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** @return the acting member (read once per request) */
    /** @return a text with two values */
    public String format2(String key, Object first, Object second) {
        return services.texts().text(key, first, second);
    }

    /** @return a size in the reader's language: "340 Ko", "2,4 Mo" */
    public String size(long bytes) {
        Locale locale = services.context().texts().locale();
        boolean french = "fr".equals(locale.getLanguage());
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + (french ? " Ko" : " KB");
        }
        return String.format(locale, "%.1f", bytes / (1024.0 * 1024)) + (french ? " Mo" : " MB");
    }

    /** @return "12 sur 40 terminées" in the reader's language */
    public String progressText(int done, int total) {
        return services.texts().text("progress.count", done, total);
    }

    protected Person person() {
        return person.get(services::currentPerson);
    }

    /**
     * Runs an action, turning a refusal into a message at the top of the page.
     *
     * @return whether it succeeded
     */
    protected boolean attempt(Runnable action) {
        return attempt(null, action);
    }

    /**
     * Runs an action on one of several things (a bulk change), its refusal naming the thing.
     *
     * @param about the thing's name, or null
     * @return whether it succeeded
     */
    protected boolean attempt(String about, Runnable action) {
        try {
            action.run();
            return true;
        } catch (TasksProblem problem) {
            Pages.show(FacesMessage.SEVERITY_ERROR, about(about, services.texts().explain(problem)));
        } catch (AccessDeniedException refused) {
            LOG.log(Level.FINE, "Refused: {0}", refused.getMessage());
            Pages.show(FacesMessage.SEVERITY_ERROR, about(about, text("error.denied")));
        }
        return false;
    }

    private String about(String about, String explanation) {
        return about == null ? explanation : services.texts().text("error.about", about, explanation);
    }

    /** Shows a confirmation at the top of the page. */
    protected void confirm(String key, Object... arguments) {
        Pages.show(FacesMessage.SEVERITY_INFO, services.texts().text(key, arguments));
    }
}
