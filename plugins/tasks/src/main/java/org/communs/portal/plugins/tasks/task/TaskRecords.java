package org.communs.portal.plugins.tasks.task;

import java.util.Optional;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.record.RecordResolver;
import org.communs.portal.api.record.RecordView;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.text.TasksTexts;

/**
 * Tasks as records other plugins refer to ({@code tasks:task:42}): a reference resolves to the
 * task's title and page for a reader who may see it, to nothing otherwise (a missing task and a
 * hidden one look the same).
 */
public final class TaskRecords implements RecordResolver {

    /** The one kind of record the plugin offers. */
    public static final String TASK = "task";

    private final TaskGate gate;
    private final SpaceGate spaces;
    private final TasksTexts texts;

    public TaskRecords(TaskGate gate, SpaceGate spaces, TasksTexts texts) {
        this.gate = gate;
        this.spaces = spaces;
        this.texts = texts;
    }

    @Override
    public Optional<RecordView> resolve(String type, String id, Optional<PortalMember> reader) {
        if (!TASK.equals(type) || reader.isEmpty() || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            Task task = gate.open(spaces.person(reader.get()), Long.parseLong(id)).task();
            return Optional.of(new RecordView(task.title(), task.path(), texts.text("record.task")));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }
}
