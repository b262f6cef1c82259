package org.communs.portal.document;

/** Whose documents a space holds. */
public enum SpaceKind {
    /** The organisation's: statutes, procedures, forms. Read by every member, written by admins. */
    ORGANISATION,
    /** A collective's: read by its members, written by its leads. */
    COLLECTIVE,
    /** A member's own: private unless they share a folder with named members. */
    MEMBER
}
