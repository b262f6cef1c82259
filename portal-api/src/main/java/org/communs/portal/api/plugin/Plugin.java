package org.communs.portal.api.plugin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communs.portal.api.navigation.NavigationEntry;

/**
 * A plugin's entry point: the class named by {@code class=} in its descriptor, with a public
 * constructor without arguments. Every method but {@link #start} has a default that contributes
 * nothing, so a plugin implements only what it uses.
 *
 * <p>The portal creates one instance when the plugin is enabled (at the portal's start, at
 * install, at re-enabling) and calls {@link #start} once its migrations have run; it calls
 * {@link #stop} when the plugin is disabled, upgraded or uninstalled, or the portal stops. A
 * plugin whose {@code start} throws is marked failed, with the error shown to admins; the portal
 * and the other plugins keep working.
 */
public interface Plugin {

    /**
     * Called once, after the plugin's migrations have run and before anything else.
     *
     * @param context the services the portal offers this plugin; keep it for later calls
     * @throws Exception anything: the plugin is then marked failed and contributes nothing
     */
    void start(PluginContext context) throws Exception;

    /** Called when the plugin is taken out of service: release what {@link #start} acquired (threads, files). */
    default void stop() {
    }

    /**
     * Links the shell shows while the plugin is enabled. Labels are keys of a resource bundle of
     * the plugin ({@link NavigationEntry#bundle()}), loaded with the plugin's class loader.
     *
     * @return the entries; paths of the plugin's pages are {@code /plugins/<id>/….xhtml}
     */
    default List<NavigationEntry> navigationEntries() {
        return List.of();
    }

    /** @return the boxes the plugin adds to the home page */
    default List<Widget> widgets() {
        return List.of();
    }

    /**
     * The objects the plugin's pages use in expressions ({@code #{links.items}}), by name. Each
     * name must be the plugin's id or start with it ({@code links}, {@code linksAdmin}). The
     * supplier is called at most once per request; the object lives for that request, or, when it
     * implements {@link ViewModel} (API 1.1), for the page's view.
     *
     * @return names and suppliers of page models
     */
    default Map<String, Supplier<Object>> pageModels() {
        return Map.of();
    }

    /**
     * The plugin's REST API, served under {@code /api/v1/plugins/<id>/}: an object whose public
     * methods carry Jakarta REST annotations — {@code @GET}, {@code @POST}, {@code @PUT},
     * {@code @DELETE} and {@code @Path} (with {@code {name}} parameters) on each method; parameters
     * {@code @PathParam}, {@code @QueryParam}, {@code @HeaderParam} ({@code String}, {@code long},
     * {@code int}, {@code boolean}), {@code @DefaultValue}, {@code @Context UriInfo/HttpHeaders} and
     * one body (JSON-P {@code JsonObject}, {@code String}, {@code InputStream}, or a type read with
     * JSON-B); results {@code void}, a {@code Response} or an object written as JSON. The portal
     * routes the calls itself (docs/PLUGINS.md says why), so other Jakarta REST features
     * (sub-resources, bean parameters, providers) are not available. It answers 404 while the
     * plugin is disabled. Requests are signed in; check permissions with
     * {@link PluginContext#authorization()}.
     *
     * @return the resource, or null when the plugin has no REST API
     */
    default Object restResource() {
        return null;
    }

    /**
     * Everything the plugin has in the portal's search, for a rebuild of the index. Between
     * rebuilds, the plugin keeps its entries current with {@link PluginContext#search()}.
     *
     * @return the entries; the stream is closed after use
     */
    default Stream<SearchEntry> searchEntries() {
        return Stream.empty();
    }

    /**
     * Told of what happens in the portal, after the change has been committed, in a background
     * thread. An exception is logged and does not reach the portal.
     *
     * @param event what happened
     */
    default void onEvent(PortalEvent event) {
    }

    /**
     * The plugin's part of a member's personal-data export (GDPR, right of access).
     *
     * @param memberId the member
     * @return what the plugin keeps about the member, as JSON-friendly values (maps, lists,
     *         strings, numbers); empty when nothing
     */
    default Map<String, Object> exportMember(long memberId) {
        return Map.of();
    }

    /**
     * Erases or anonymises what the plugin keeps about a member (GDPR, right to erasure).
     *
     * @param memberId the member
     */
    default void eraseMember(long memberId) {
    }

    /**
     * Answers for this plugin's records when other plugins refer to them (since API 1.1).
     *
     * @return the resolver, or null when the plugin has no records to offer
     */
    default org.communs.portal.api.record.RecordResolver recordResolver() {
        return null;
    }

    /**
     * The kinds of notifications the plugin sends, each with its default delivery, offered to
     * members on their notification preferences (since API 1.1).
     *
     * @return its kinds; none by default
     */
    default List<org.communs.portal.api.notify.NoticeKind> noticeKinds() {
        return List.of();
    }

    /**
     * The plugin's dated entries, for the portal's Agenda and members' iCalendar feeds (since API 1.1).
     *
     * @return its calendar, or null when it has none
     */
    default org.communs.portal.api.calendar.CalendarSource calendar() {
        return null;
    }

    /**
     * The settings admins may edit on the plugin's line in Admin → Plugins (since API 1.1).
     *
     * @return its settings; none by default
     */
    default List<org.communs.portal.api.setting.Setting> settings() {
        return List.of();
    }

    /**
     * The record types the plugin can receive from imports (since API 1.1).
     *
     * @return its import targets; none by default
     */
    default List<org.communs.portal.api.imports.ImportTarget> importTargets() {
        return List.of();
    }
}
