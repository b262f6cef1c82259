/**
 * The "links" plugin ("Liens utiles"), the example of {@code docs/PLUGINS.md}.
 *
 * <p>{@link org.communs.portal.plugins.links.LinksPlugin} wires the parts to the portal;
 * {@code Links} holds the rules every way in shares (permission, audit, search);
 * {@link org.communs.portal.plugins.links.NewLink} is the one validation; {@code LinkRepository}
 * is the JDBC; {@link org.communs.portal.plugins.links.LinksPage} and
 * {@link org.communs.portal.plugins.links.LinksResource} are the page model and the REST API.
 */
package org.communs.portal.plugins.links;
