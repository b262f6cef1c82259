/** The plugin's texts: one bundle, French first ({@code messages.properties}), English ({@code messages_en.properties}). */
package org.communs.portal.plugins.tasks.text;
