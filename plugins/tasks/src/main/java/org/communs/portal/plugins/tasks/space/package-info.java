/**
 * Spaces: the organisation's, a collective's or a member's own, with their explicit members and
 * roles. {@link org.communs.portal.plugins.tasks.space.SpaceGate} tells what a member may do in a
 * space (a space they may not see is not found); {@link org.communs.portal.plugins.tasks.space.Spaces}
 * is what members do with spaces.
 */
package org.communs.portal.plugins.tasks.space;
