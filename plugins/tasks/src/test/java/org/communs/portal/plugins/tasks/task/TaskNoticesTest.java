package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.communs.portal.api.notify.Delivery;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.text.TasksTexts;
import org.communs.portal.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;

/** Members are told of what concerns them, never of what they did themselves. */
class TaskNoticesTest {

    private static final Task TASK = new Task(42, 3, null, "Préparer l’AG", "", 11, null, null, null, null, 1, null, 7L,
            Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T08:00:00Z"), 0);

    @Test
    void theActorIsNeverTold() {
        TestPluginContext portal = TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties");
        Person camille = new Person(7, "Camille", false, true, Set.of(), Set.of());

        new TaskNotices(portal.notifications()).tell(TaskNotices.ASSIGNED, List.of(7L, 8L, 9L), camille, TASK);

        assertEquals(List.of(8L, 9L), portal.notified().stream().map(TestPluginContext.Notified::memberId).toList());
        var notice = portal.notified().getFirst().notice();
        assertEquals("assigned", notice.kind());
        assertEquals("notice.assigned", notice.textKey());
        assertEquals(List.of("Camille", "Préparer l’AG"), notice.arguments());
        assertEquals("/plugins/tasks/task.xhtml?id=42", notice.path());
        assertEquals(TasksTexts.BUNDLE, notice.bundle());
    }

    @Test
    void theKindsAreDeclaredWithTheirDefaults() {
        assertEquals(List.of(
                new NoticeKind("assigned", TasksTexts.BUNDLE, "kind.assigned", Delivery.BELL_AND_EMAIL),
                new NoticeKind("mentioned", TasksTexts.BUNDLE, "kind.mentioned", Delivery.BELL_AND_EMAIL),
                new NoticeKind("status", TasksTexts.BUNDLE, "kind.status", Delivery.BELL),
                new NoticeKind("shared", TasksTexts.BUNDLE, "kind.shared", Delivery.BELL_AND_EMAIL)), TaskNotices.kinds());
    }
}
