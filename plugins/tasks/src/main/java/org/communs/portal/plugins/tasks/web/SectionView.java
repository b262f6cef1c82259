package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.mywork.WorkItem;
import org.communs.portal.plugins.tasks.mywork.WorkSection;

/**
 * A section of "my work".
 *
 * @param section which
 * @param id      its id in the page ({@code section-overdue})
 * @param title   its title in the reader's language
 * @param items   its tasks, soonest due first
 */
public record SectionView(WorkSection section, String id, String title, List<WorkItem> items) {
}
