package org.communs.portal.security;

/**
 * What a member may try to do. Each action names the object it applies to, if any: the
 * authorisation service decides with the member's global roles and, for collective actions, the
 * member's role in that collective.
 */
public enum Action {
    /** See the home page, search, one's own profile: every active member, guests included. */
    USE_PORTAL,
    /** Browse the directory of members: not guests. */
    VIEW_DIRECTORY,
    /** Read what a collective shares with its members (object: the collective's id). */
    READ_COLLECTIVE,
    /** Manage a collective's space, news and mailings (object: the collective's id). */
    MANAGE_COLLECTIVE,
    /** Subscribe to a collective, or ask to join one (object: the collective's id): not guests. */
    SUBSCRIBE,
    /** Create and archive collectives, name their leads, edit the list of collective types. */
    MANAGE_COLLECTIVES,
    /** Edit a member's directory profile (object: the member's id): their own, or any for admins. */
    EDIT_PROFILE,
    /** Rebuild the search index from the database. */
    MANAGE_SEARCH_INDEX,
    /** Check that the documents' metadata and stored files agree. */
    CHECK_DOCUMENT_STORE,
    /** Invite, disable, enable members and change their roles. */
    MANAGE_MEMBERS,
    /** Add and change the launcher's tiles. */
    MANAGE_LAUNCHER,
    /** Read and export the audit log. */
    READ_AUDIT_LOG,
    /** Install, upgrade, enable, disable and uninstall plugins. */
    MANAGE_PLUGINS
}
