package org.communs.portal.plugin;

/** How an installed plugin stands. */
public enum PluginState {
    /** In service. */
    ACTIVE,
    /** Turned off by an admin; its data is kept. */
    DISABLED,
    /** Enabled, but its start failed: its error is shown to admins. */
    FAILED
}
