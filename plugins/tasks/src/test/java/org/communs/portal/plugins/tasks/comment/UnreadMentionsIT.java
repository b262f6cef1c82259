package org.communs.portal.plugins.tasks.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * "Mentions non lues" of "Mon travail", on a real MariaDB: a mention waits until the member opens
 * the task; a member who cannot see the task gets none (nothing recorded, nothing leaked); the
 * author's own name is no mention; erasure forgets them.
 */
class UnreadMentionsIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Zoé Étienne")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }


    @Test
    void aMentionWaitsUntilTheTaskIsOpenedAndReachesOnlyThoseWhoSeeIt() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long list = services.lists().create(lea, space, "Semis", null).id();
        Task task = services.tasks().create(lea, list, TaskDraft.checked("Semer les tomates", null, null, null, null, null, null,
                List.of(), null));

        services.comments().add(lea, task.id(), "@Malo Petit et @Zoé Étienne, qui s’en charge ? (@Léa Roux)");
        services.comments().add(lea, task.id(), "@Malo Petit relance");

        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        List<UnreadMention> unread = services.comments().unreadMentions(malo);
        assertEquals(1, unread.size(), "one line per task");
        assertEquals(task.id(), unread.getFirst().task().id());
        assertEquals(2, unread.getFirst().count());
        assertEquals("Léa Roux", unread.getFirst().author());
        assertEquals(List.of(), services.comments().unreadMentions(as(TasksPortal.member(12, "Zoé Étienne"))),
                "outside the collective: not mentioned");
        assertEquals(List.of(), services.comments().unreadMentions(lea), "her own name is no mention");

        services.comments().markMentionsRead(malo, services.tasks().open(malo, task.id()));
        assertEquals(List.of(), services.comments().unreadMentions(malo));

        services.comments().add(lea, task.id(), "Merci @Malo Petit");
        assertEquals(1, services.comments().unreadMentions(malo).size(), "a new mention after reading");
        services.memberData().erase(11);
        assertEquals(List.of(), services.comments().unreadMentions(malo), "erased");
    }

}
