package org.communs.portal.api.imports;

/**
 * What an import field holds. The portal checks and normalises each value before a target sees
 * it, so that a target reads one form only.
 */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Text of several lines (a description, notes). */
    LONG_TEXT,
    /** A whole number, written {@code -12}. */
    NUMBER,
    /** A decimal number; {@code 12,5} and {@code 12.5} are both read, handed on as {@code 12.5}. */
    DECIMAL,
    /** A day, handed on as {@code 2025-03-04}; only that form is read (an importer decides what 03/04 meant). */
    DATE,
    /** An instant, handed on as ISO-8601 in UTC ({@code 2025-03-04T09:30:00Z}); read with an offset or a Z. */
    DATE_TIME,
    /** Yes or no: {@code true/false}, {@code oui/non}, {@code yes/no}, {@code 1/0}; handed on as {@code true} or {@code false}. */
    YES_NO,
    /** An e-mail address, handed on in lower case. */
    EMAIL,
    /** A telephone number: digits, spaces, dots, dashes, parentheses and a leading +. */
    PHONE,
    /** An http or https address. */
    URL,
    /** One of the field's allowed values (matched regardless of case, handed on as declared). */
    CHOICE,
    /** Several allowed values separated by {@code ;}, handed on in that form. */
    MULTI_CHOICE,
    /** A portal member, given by id or e-mail; handed on as the member's id. */
    MEMBER
}
