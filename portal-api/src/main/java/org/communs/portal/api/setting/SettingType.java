package org.communs.portal.api.setting;

/** What a setting holds, which decides how admins type it and how it is checked. */
public enum SettingType {
    /** One line of text, at most 500 characters. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** Yes or no ({@code true} / {@code false}). */
    YES_NO,
    /** One of the setting's choices. */
    CHOICE,
    /** Text that is never shown back (a token, a password): admins can only replace it. */
    SECRET
}
