package org.communs.portal.plugins.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.comment.UnreadMention;
import org.communs.portal.plugins.tasks.mywork.WorkItem;
import org.communs.portal.plugins.tasks.mywork.WorkSection;

/**
 * The page model {@code #{tasksMine}} of {@code mine.xhtml} ("Mon travail") and of the home-page
 * widget "Mes tâches": the open tasks assigned to the reader, by section. One per request.
 */
public class MyWorkPage extends TasksPage {

    /** How many tasks the widget shows. */
    static final int WIDGET_SIZE = 8;

    private Map<WorkSection, List<WorkItem>> sections;
    private List<UnreadMention> mentions;

    public MyWorkPage(TasksServices services) {
        super(services);
    }

    /** @return every section, in order, empty ones included */
    public List<SectionView> getSections() {
        List<SectionView> views = new ArrayList<>();
        for (Map.Entry<WorkSection, List<WorkItem>> section : sections().entrySet()) {
            String name = section.getKey().name();
            views.add(new SectionView(section.getKey(), "section-" + name.toLowerCase(Locale.ROOT).replace('_', '-'),
                    text("mine.section." + name), section.getValue()));
        }
        return views;
    }

    /** @return the tasks where the reader was mentioned and which they have not opened since */
    public List<UnreadMention> getMentions() {
        if (mentions == null) {
            mentions = services.comments().unreadMentions(person());
        }
        return mentions;
    }

    /** @return whether nothing is assigned to the reader */
    public boolean isNothingAssigned() {
        return sections().values().stream().allMatch(List::isEmpty);
    }

    /** @return the overdue tasks and today's, for the widget (at most {@value #WIDGET_SIZE}) */
    public List<WorkItem> getUrgent() {
        List<WorkItem> urgent = new ArrayList<>(sections().get(WorkSection.OVERDUE));
        urgent.addAll(sections().get(WorkSection.TODAY));
        return urgent.size() > WIDGET_SIZE ? urgent.subList(0, WIDGET_SIZE) : urgent;
    }

    /** @return how many tasks are overdue or due today */
    public int getUrgentCount() {
        return sections().get(WorkSection.OVERDUE).size() + sections().get(WorkSection.TODAY).size();
    }

    private Map<WorkSection, List<WorkItem>> sections() {
        if (sections == null) {
            sections = services.myWork().of(person());
        }
        return sections;
    }
}
