package org.communs.portal.plugins.tasks.mywork;

/** The sections of "my work", in the order the page shows them. */
public enum WorkSection {
    /** Due before today, or today at a time already past. */
    OVERDUE,
    /** Due today. */
    TODAY,
    /** Due after today and by Sunday of this week. */
    THIS_WEEK,
    /** Due after this week. */
    LATER,
    /** No due date. */
    NO_DATE
}
