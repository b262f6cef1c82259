package org.communs.portal.api.plugin;

/**
 * Permission checks for a plugin. A plugin declares its permissions in its descriptor, each with
 * the portal roles that hold it ({@code permission.links.manage=ADMIN}); admins hold every
 * permission. Check on the server for every action: hiding a button is not a check.
 */
public interface PluginAuthorization {

    /**
     * @param member     the member asking
     * @param permission one of the plugin's declared permissions, such as {@code links.manage}
     * @return whether the member holds it
     * @throws IllegalArgumentException if the plugin did not declare that permission
     */
    boolean has(PortalMember member, String permission);

    /**
     * Like {@link #has}, for the current request's member.
     *
     * @param permission one of the plugin's declared permissions
     * @return the member, who holds the permission
     * @throws AccessDeniedException when nobody is signed in or the member lacks the permission
     *         (answered 403 by the portal in pages and REST calls)
     */
    PortalMember require(String permission);
}
