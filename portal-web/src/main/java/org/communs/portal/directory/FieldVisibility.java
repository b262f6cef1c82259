package org.communs.portal.directory;

/** Who, besides the member and the admins, sees one field of their profile. */
public enum FieldVisibility {
    /** Everyone who may browse the directory. */
    MEMBERS,
    /** The members of the collectives the member belongs to. */
    COLLECTIVES,
    /** Nobody else: the member and the admins only. */
    ADMINS;

    public String messageKey() {
        return "profile.visibility." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
