package org.communs.portal.api.plugin;

/**
 * A page model that lives as long as its page's view, like a {@code @ViewScoped} bean (since API 1.1):
 * what PrimeFaces' ajax needs to keep between requests of one page — a lazy table's page, sort
 * and filters, an open dialog's record, the columns of a board being dragged between. A model
 * of {@link Plugin#pageModels()} that implements this interface is made once for each view of a
 * page (each browser tab that opened it) instead of once per request.
 *
 * <p>The portal keeps view models itself, outside the member's session, and lets them go when the
 * view ends (the member leaves the page, the session ends, or an hour passes unused) and when the
 * plugin stops: an uninstalled plugin leaves no object behind. A view model is only ever used by
 * one member's requests, one at a time.
 *
 * <pre>{@code
 * public class TaskTable implements ViewModel {
 *     private final LazyDataModel<TaskRow> rows = new TaskRows(tasks);   // keeps its page and filters
 *     public LazyDataModel<TaskRow> getRows() { return rows; }
 * }
 * }</pre>
 */
public interface ViewModel {

    /** Called when the view ends or the plugin stops, once: close what the model holds. */
    default void released() {
    }
}
