package org.communs.portal.admin;

/**
 * The result of an invitation.
 *
 * @param subject           the new Keycloak user id
 * @param temporaryPassword to hand over to the person; Keycloak asks them to change it at first sign-in
 */
public record Invitation(String subject, String temporaryPassword) {
}
