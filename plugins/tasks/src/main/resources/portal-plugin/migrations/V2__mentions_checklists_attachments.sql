-- The tasks plugin, increment 2: who was mentioned in which comment, and whether they have opened
-- the task since ("Mon travail" lists the mentions not read yet); the checklist and the attached
-- files of a task.

CREATE TABLE tasks_mention (
    comment_id   BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    task_id      BIGINT      NOT NULL,
    mentioned_at DATETIME(6) NOT NULL COMMENT 'UTC',
    read_at      DATETIME(6)     NULL COMMENT 'UTC; NULL until the member opens the task',
    PRIMARY KEY (comment_id, member_id),
    KEY tasks_mention_unread (member_id, read_at, mentioned_at),
    KEY tasks_mention_task (task_id, member_id),
    CONSTRAINT tasks_mention_in_comment FOREIGN KEY (comment_id) REFERENCES tasks_comment (id) ON DELETE CASCADE,
    CONSTRAINT tasks_mention_on_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task's checklist: small steps ticked off, in order; not tasks (no status, no assignee).
CREATE TABLE tasks_checklist_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    task_id    BIGINT       NOT NULL,
    text       VARCHAR(500) NOT NULL COMMENT 'plain text, escaped by the pages',
    position   INT          NOT NULL DEFAULT 0,
    done_at    DATETIME(6)      NULL COMMENT 'UTC; NULL while not done',
    done_by    BIGINT           NULL COMMENT 'NULL while not done, or once anonymised',
    created_by BIGINT           NULL COMMENT 'NULL once anonymised',
    created_at DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_checklist_item_task (task_id, position),
    KEY tasks_checklist_item_created_by (created_by),
    KEY tasks_checklist_item_done_by (done_by),
    CONSTRAINT tasks_checklist_item_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A file attached to a task: its content is in the portal's blob store (by SHA-256), shared by
-- every attachment of the same bytes; the name is the one it was uploaded with.
CREATE TABLE tasks_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    task_id      BIGINT       NOT NULL,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(127) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL COMMENT 'the blob of the content',
    uploaded_by  BIGINT           NULL COMMENT 'NULL once anonymised',
    uploaded_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_attachment_task (task_id, uploaded_at),
    KEY tasks_attachment_sha (sha256),
    KEY tasks_attachment_uploaded_by (uploaded_by),
    CONSTRAINT tasks_attachment_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
