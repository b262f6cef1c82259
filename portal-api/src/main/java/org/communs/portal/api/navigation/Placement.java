package org.communs.portal.api.navigation;

/** Where the shell shows a {@link NavigationEntry}. */
public enum Placement {
    /** The left navigation, shown on every page. */
    MAIN_MENU,
    /** The "+" quick-create menu of the top bar: entries that open a form to create something. */
    QUICK_CREATE
}
