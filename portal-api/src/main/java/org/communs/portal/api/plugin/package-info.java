/**
 * What a plugin implements and what the portal gives it.
 *
 * <p>A plugin is a jar holding {@code META-INF/portal-plugin.properties} (its
 * {@link org.communs.portal.api.plugin.PluginDescriptor descriptor}), a class implementing
 * {@link org.communs.portal.api.plugin.Plugin}, and optionally Facelets pages under
 * {@code META-INF/resources/plugins/<id>/}, SQL migrations under {@code portal-plugin/migrations/}
 * and resource bundles for its texts. The portal loads it in a class loader of its own that sees
 * this API, Jakarta EE and PrimeFaces, but not the portal's internals. See {@code docs/PLUGINS.md}.
 */
package org.communs.portal.api.plugin;
