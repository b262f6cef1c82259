package org.communs.portal.directory;

/** The demonstration's made-up members exist: other demo data (collectives) may use them. */
public record DemoPeopleReady() {
}
