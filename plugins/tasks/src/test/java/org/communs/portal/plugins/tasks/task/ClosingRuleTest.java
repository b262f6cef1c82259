package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.text.TasksTexts;
import org.communs.portal.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;

/** A task with open subtasks cannot be done or closed, and the refusal names them. */
class ClosingRuleTest {

    private static final List<ClosingRule.Subtask> SUBTASKS = List.of(
            new ClosingRule.Subtask("Réserver la salle", StatusCategory.TODO, false),
            new ClosingRule.Subtask("Relire le compte rendu", StatusCategory.ACTIVE, false),
            new ClosingRule.Subtask("Envoyer l’invitation", StatusCategory.DONE, false),
            new ClosingRule.Subtask("Ancienne idée", StatusCategory.TODO, true));

    @Test
    void doneOrClosedIsRefusedOverOpenSubtasksNamingThem() {
        for (StatusCategory closing : List.of(StatusCategory.DONE, StatusCategory.CLOSED)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ClosingRule.check(closing, SUBTASKS));
            assertEquals("statusId", refused.field());
            assertEquals("error.status.openSubtasks", refused.messageKey());
            assertEquals("« Réserver la salle », « Relire le compte rendu »", refused.arguments()[0]);
        }
    }

    @Test
    void theRefusalReadsInTheMembersLanguage() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ClosingRule.check(StatusCategory.DONE, SUBTASKS));
        TestPluginContext portal = TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties");

        String french = new TasksTexts(portal.texts()).explain(refused);
        portal.signedIn(new PortalMember(1, "Sam", Locale.ENGLISH, Set.of("MEMBER")));
        String english = new TasksTexts(portal.texts()).explain(refused);

        assertEquals("Impossible de terminer ou de fermer cette tâche : des sous-tâches sont encore ouvertes "
                + "(« Réserver la salle », « Relire le compte rendu »). Terminez-les ou fermez-les d’abord.", french);
        assertEquals("This task cannot be done or closed: subtasks are still open "
                + "(« Réserver la salle », « Relire le compte rendu »). Finish or close them first.", english);
    }

    @Test
    void openStatusesAndFinishedSubtasksAreFine() {
        assertDoesNotThrow(() -> ClosingRule.check(StatusCategory.ACTIVE, SUBTASKS));
        assertDoesNotThrow(() -> ClosingRule.check(StatusCategory.TODO, SUBTASKS));
        assertDoesNotThrow(() -> ClosingRule.check(StatusCategory.DONE, List.of(
                new ClosingRule.Subtask("Fait", StatusCategory.DONE, false),
                new ClosingRule.Subtask("Abandonné", StatusCategory.CLOSED, false),
                new ClosingRule.Subtask("Archivé", StatusCategory.ACTIVE, true))));
        assertDoesNotThrow(() -> ClosingRule.check(StatusCategory.CLOSED, List.of()));
    }
}
