/** A member's personal data in the plugin (GDPR): export and erasure. */
package org.communs.portal.plugins.tasks.member;
