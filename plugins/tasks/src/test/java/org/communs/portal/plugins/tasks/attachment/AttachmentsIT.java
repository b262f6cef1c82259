package org.communs.portal.plugins.tasks.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.plugins.tasks.task.HistoryEntry;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * Files attached to tasks, rows on a real MariaDB (the content in the test kit's blob store): who
 * may attach, read and remove; refusals that keep nothing; a blob kept while another attachment
 * holds the same bytes.
 */
class AttachmentsIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Zoé Étienne")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }


    @Test
    void membersAttachFilesReadersDownloadThemAndNothingIsKeptOfARefusal() throws Exception {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        services.spaces().setRole(lea, space, 11, "READER");
        long list = services.lists().create(lea, space, "Semis", null).id();
        long task = services.tasks().create(lea, list, TaskDraft.checked("Semer", null, null, null, null, null, null, List.of(), null)).id();
        long other = services.tasks().create(lea, list, TaskDraft.checked("Arroser", null, null, null, null, null, null, List.of(), null))
                .id();
        byte[] plan = "Rang 1 : tomates\nRang 2 : courgettes\n".getBytes(StandardCharsets.UTF_8);

        Attachment attached = services.attachments().attach(lea, task, "C:\\Users\\lea\\Plan du potager.txt", "text/plain",
                new ByteArrayInputStream(plan));
        assertEquals("Plan du potager.txt", attached.name(), "the path some browsers send is dropped");
        assertEquals(plan.length, attached.sizeBytes());
        Attachment copy = services.attachments().attach(lea, other, "plan.txt", null, new ByteArrayInputStream(plan));
        assertEquals("application/octet-stream", copy.contentType());
        assertEquals(attached.sha256(), copy.sha256(), "the same bytes, one blob");

        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        try (InputStream content = services.attachments().open(malo, attached.id())) {
            assertArrayEquals(plan, content.readAllBytes(), "a reader downloads it");
        }
        assertThrows(AccessDeniedException.class, () -> services.attachments().attach(malo, task, "x.txt", null,
                new ByteArrayInputStream(plan)), "but does not attach");
        assertThrows(AccessDeniedException.class, () -> services.attachments().remove(malo, attached.id()), "nor remove");
        Person zoe = as(TasksPortal.member(12, "Zoé Étienne"));
        assertThrows(NotFoundException.class, () -> services.attachments().find(zoe, attached.id()), "outside the collective");

        assertThrows(InvalidInputException.class, () -> services.attachments().attach(lea, task, "vide.txt", "text/plain",
                new ByteArrayInputStream(new byte[0])));
        assertThrows(InvalidInputException.class, () -> services.attachments().attach(lea, task, "  ", "text/plain",
                new ByteArrayInputStream(plan)));
        InvalidInputException tooLarge = assertThrows(InvalidInputException.class, () -> services.attachments().attach(lea, task,
                "film.mp4", "video/mp4", new ZeroBytes(Attachments.MAX_BYTES + 1)));
        assertEquals("error.attachment.tooLarge", tooLarge.messageKey());
        assertEquals(List.of("Plan du potager.txt"), services.attachments().of(lea, task).stream().map(Attachment::name).toList(),
                "the refusals kept nothing");
        assertEquals(Set.of(attached.sha256()), live.portal().blobNames(), "nor any blob");

        services.attachments().remove(lea, attached.id());
        assertEquals(Set.of(attached.sha256()), live.portal().blobNames(), "still held by the other task's attachment");
        services.attachments().remove(lea, copy.id());
        assertTrue(live.portal().blobNames().isEmpty(), "held by none: gone");
        assertEquals(List.of("attachment.added", "attachment.removed"), services.tasks().history(lea, task).stream()
                .map(HistoryEntry::field).filter(field -> field.startsWith("attachment.")).toList());
    }


    /** A stream of zeros of a given length, never held in memory here. */
    private static final class ZeroBytes extends InputStream {
        private long left;

        ZeroBytes(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int read = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + read, (byte) 0);
            left -= read;
            return read;
        }
    }
}
