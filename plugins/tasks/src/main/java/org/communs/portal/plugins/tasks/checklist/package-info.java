/** A task's checklist: small steps ticked off in order, changed by those who may change the task. */
package org.communs.portal.plugins.tasks.checklist;
