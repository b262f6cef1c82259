/**
 * Who may do what in a space: the rules alone, without database or portal, so that they can be
 * read in one place and tested role by role. A member's role in a space comes from an explicit row
 * when there is one, otherwise from the space's kind ({@link org.communs.portal.plugins.tasks.access.SpaceRoles});
 * the role says what they may do ({@link org.communs.portal.plugins.tasks.access.SpaceRole#may}),
 * and an archived space is read-only ({@link org.communs.portal.plugins.tasks.access.Access}).
 * {@link org.communs.portal.plugins.tasks.access.SpaceCrowd} answers the same questions for other
 * members (assignees, mentioned members, the audience of a task in the search).
 */
package org.communs.portal.plugins.tasks.access;
