package org.communs.portal.collective;

/**
 * What the collectives page asks for.
 *
 * @param text         words the name or summary must contain, or null
 * @param typeId       only this type, or null
 * @param withArchived archived collectives too (honoured for admins only)
 */
public record CollectiveQuery(String text, Long typeId, boolean withArchived) {

    public static final CollectiveQuery ALL = new CollectiveQuery(null, null, false);
}
