/**
 * "Mon travail": the open tasks assigned to the member across every space they see, in sections
 * by due date ({@link org.communs.portal.plugins.tasks.mywork.WorkSections}, a pure function of
 * the due date and the present moment in the organisation's zone).
 */
package org.communs.portal.plugins.tasks.mywork;
