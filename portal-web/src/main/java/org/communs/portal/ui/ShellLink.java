package org.communs.portal.ui;

/** A navigation entry resolved for one page render: label in the reader's language, full href. */
public record ShellLink(String id, String label, String href, String icon, boolean active) {
}
