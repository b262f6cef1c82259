package org.communs.portal.mailing;

/** What an outgoing e-mail carries. */
public enum MailKind {
    /** A collective's mailing (ref: the mailing). */
    MAILING,
    /** A news item, to subscribers who want one e-mail per item (ref: the item). */
    NEWS,
    /** The weekly digest (ref: the ISO week as yyyyww). */
    DIGEST,
    /** A mailing's test copy to its author (ref: the mailing). */
    TEST,
    /** An e-mail a plugin sent to one member (ref: the plugin_mail row). */
    PLUGIN
}
