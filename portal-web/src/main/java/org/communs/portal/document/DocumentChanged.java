package org.communs.portal.document;

/** A file was uploaded, restored, trashed or brought back: its search document follows. */
public record DocumentChanged(long fileId) {
}
