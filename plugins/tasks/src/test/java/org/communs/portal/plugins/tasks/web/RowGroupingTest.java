package org.communs.portal.plugins.tasks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskRow;
import org.junit.jupiter.api.Test;

class RowGroupingTest {

    /** Tuesday 10 March 2026, 11:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Status TODO = new Status(1, 9, "À faire", "#64748b", StatusCategory.TODO, 1);
    private static final Status DOING = new Status(2, 9, "En cours", "#1d4ed8", StatusCategory.ACTIVE, 2);
    private static final MemberCard LEA = new MemberCard(10, "Léa Roux", null, Locale.FRENCH, true);
    private static final MemberCard MALO = new MemberCard(11, "malo Petit", null, Locale.FRENCH, true);
    private static final RowGrouping.Names NAMES = new RowGrouping.Names() {
        @Override
        public String priority(Priority priority) {
            return priority.name();
        }

        @Override
        public String text(String key) {
            return key;
        }
    };

    private final TaskRow flyers = row(1, "affiches", TODO, Priority.HIGH, LocalDate.parse("2026-03-12"), 3, LEA);
    private final TaskRow budget = row(2, "Budget", DOING, null, LocalDate.parse("2026-03-09"), 1, LEA, MALO);
    private final TaskRow call = row(3, "Appeler la mairie", TODO, Priority.URGENT, null, 2);
    private final List<TaskRow> rows = List.of(budget, call, flyers);

    @Test
    void byStatusEveryStatusHasItsGroupInWorkflowOrderWithItsColour() {
        List<RowGroup> groups = RowGrouping.group(rows, List.of(TODO, DOING), RowGrouping.By.STATUS, RowGrouping.Order.MANUAL, NOW, NAMES);

        assertEquals(List.of("status-1", "status-2"), groups.stream().map(RowGroup::key).toList());
        assertEquals(List.of(call, flyers), groups.get(0).rows(), "in the list's order (position)");
        assertEquals("#1d4ed8", groups.get(1).colour());
    }

    @Test
    void byPriorityUrgentFirstAndNoneLast() {
        List<RowGroup> groups = RowGrouping.group(rows, List.of(TODO, DOING), RowGrouping.By.PRIORITY, RowGrouping.Order.MANUAL, NOW, NAMES);

        assertEquals(List.of("priority-URGENT", "priority-HIGH", "priority-NORMAL", "priority-LOW", "priority-none"),
                groups.stream().map(RowGroup::key).toList());
        assertEquals(List.of(call), groups.get(0).rows());
        assertEquals(List.of(budget), groups.get(4).rows());
        assertEquals("priority.none", groups.get(4).name());
    }

    @Test
    void byAssigneeATaskOfTwoShowsUnderEachAndTheUnassignedComeLast() {
        List<RowGroup> groups = RowGrouping.group(rows, List.of(TODO, DOING), RowGrouping.By.ASSIGNEE, RowGrouping.Order.MANUAL, NOW, NAMES);

        assertEquals(List.of("Léa Roux", "malo Petit", "group.unassigned"), groups.stream().map(RowGroup::name).toList(),
                "by name, case ignored");
        assertEquals(List.of(budget, flyers), groups.get(0).rows());
        assertEquals(List.of(budget), groups.get(1).rows());
        assertEquals(List.of(call), groups.get(2).rows());
    }

    @Test
    void byDueTheSectionsOfMyWork() {
        List<RowGroup> groups = RowGrouping.group(rows, List.of(TODO, DOING), RowGrouping.By.DUE, RowGrouping.Order.MANUAL, NOW, NAMES);

        assertEquals(List.of("due-OVERDUE", "due-TODAY", "due-THIS_WEEK", "due-LATER", "due-NO_DATE"),
                groups.stream().map(RowGroup::key).toList());
        assertEquals(List.of(budget), groups.get(0).rows());
        assertEquals(List.of(flyers), groups.get(2).rows());
        assertEquals(List.of(call), groups.get(4).rows());
    }

    @Test
    void sortedByDueSoonestFirstUndatedLastOrByTitleCaseIgnored() {
        List<RowGroup> byDue = RowGrouping.group(rows, List.of(TODO, DOING), RowGrouping.By.STATUS, RowGrouping.Order.DUE, NOW, NAMES);
        assertEquals(List.of(flyers, call), byDue.getFirst().rows());

        List<RowGroup> byTitle = RowGrouping.group(rows, List.of(TODO), RowGrouping.By.PRIORITY, RowGrouping.Order.TITLE, NOW, NAMES);
        List<TaskRow> all = byTitle.stream().flatMap(group -> group.rows().stream()).toList();
        assertEquals(List.of(call, flyers, budget), all, "urgent, high, none");

        List<RowGroup> oneGroup = RowGrouping.group(List.of(flyers, budget, call), List.of(TODO, DOING), RowGrouping.By.ASSIGNEE,
                RowGrouping.Order.TITLE, NOW, NAMES);
        assertEquals(List.of(flyers, budget), oneGroup.getFirst().rows(), "« affiches » before « Budget »: case ignored");
    }

    @Test
    void anUnknownGroupingOrOrderInTheAddressFallsBackToStatusAndTheListsOrder() {
        assertEquals(RowGrouping.By.STATUS, RowGrouping.By.parse("colour"));
        assertEquals(RowGrouping.By.DUE, RowGrouping.By.parse(" Due "));
        assertEquals(RowGrouping.Order.MANUAL, RowGrouping.Order.parse(null));
        assertEquals(RowGrouping.Order.PRIORITY, RowGrouping.Order.parse("priority"));
    }

    @Test
    void everyGroupingAndOrderHasItsNameInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = RowGroupingTest.class.getResourceAsStream("/org/communs/portal/plugins/tasks/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (RowGrouping.By by : RowGrouping.By.values()) {
                assertTrue(texts.containsKey("group." + by.name().toLowerCase(Locale.ROOT)), bundle + " " + by);
            }
            for (RowGrouping.Order order : RowGrouping.Order.values()) {
                assertTrue(texts.containsKey("sort." + order.name().toLowerCase(Locale.ROOT)), bundle + " " + order);
            }
        }
    }

    private static TaskRow row(long id, String title, Status status, Priority priority, LocalDate due, int position,
                               MemberCard... assignees) {
        Task task = new Task(id, 9, null, title, "", status.id(), priority, null, due, (LocalTime) null, position, null, 10L,
                NOW, NOW, 0);
        return new TaskRow(task, status, List.of(assignees), List.of());
    }
}
