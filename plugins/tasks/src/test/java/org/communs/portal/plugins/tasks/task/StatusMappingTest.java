package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.junit.jupiter.api.Test;

/** A moved task takes the first status of the same category in its new list. */
class StatusMappingTest {

    private static final List<Status> TARGET = List.of(
            new Status(10, 2, "Idées", "#6b7280", StatusCategory.TODO, 1),
            new Status(11, 2, "À faire", "#6b7280", StatusCategory.TODO, 2),
            new Status(12, 2, "En cours", "#1d4ed8", StatusCategory.ACTIVE, 3),
            new Status(13, 2, "Livré", "#15803d", StatusCategory.DONE, 4));

    @Test
    void theFirstStatusOfTheSameCategory() {
        assertEquals(10, StatusMapping.mapped(StatusCategory.TODO, TARGET).id());
        assertEquals(12, StatusMapping.mapped(StatusCategory.ACTIVE, TARGET).id());
        assertEquals(13, StatusMapping.mapped(StatusCategory.DONE, TARGET).id());
    }

    @Test
    void withoutTheCategoryAClosedTaskStaysClosedAndAnOpenOneOpen() {
        assertEquals(13, StatusMapping.mapped(StatusCategory.CLOSED, TARGET).id());
        List<Status> onlyDone = List.of(new Status(20, 3, "Fait", "#15803d", StatusCategory.DONE, 1),
                new Status(21, 3, "À trier", "#6b7280", StatusCategory.TODO, 2));
        assertEquals(21, StatusMapping.mapped(StatusCategory.ACTIVE, onlyDone).id());
    }
}
