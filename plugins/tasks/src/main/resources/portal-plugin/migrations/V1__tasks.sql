-- The tasks plugin, increment 1: spaces, their members, folders, lists, statuses, tasks (one level
-- of subtasks), assignees, watchers, shares with guests, comments, history and tags.
-- Member and collective ids are the portal's, without foreign keys to the portal's tables.
-- Times are UTC; start_date, due_date and due_time are wall-clock values of the organisation's
-- zone (Europe/Paris), as members type them.

CREATE TABLE tasks_space (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(255) NOT NULL,
    kind          VARCHAR(12)  NOT NULL COMMENT 'ORGANISATION, COLLECTIVE or PRIVATE',
    collective_id BIGINT           NULL COMMENT 'the portal collective of a COLLECTIVE space',
    owner_id      BIGINT           NULL COMMENT 'the member owning a PRIVATE space',
    position      INT          NOT NULL DEFAULT 0,
    archived_at   DATETIME(6)      NULL COMMENT 'UTC',
    created_by    BIGINT           NULL COMMENT 'NULL once anonymised',
    created_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_space_kind (kind, collective_id),
    KEY tasks_space_owner (owner_id),
    KEY tasks_space_created_by (created_by),
    CONSTRAINT tasks_space_kind_known CHECK (kind IN ('ORGANISATION', 'COLLECTIVE', 'PRIVATE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Explicit roles; they override the role a member has by default from the space's kind.
CREATE TABLE tasks_space_member (
    space_id  BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    role      VARCHAR(8)  NOT NULL COMMENT 'OWNER, MEMBER, GUEST or READER',
    PRIMARY KEY (space_id, member_id),
    KEY tasks_space_member_member (member_id),
    CONSTRAINT tasks_space_member_space FOREIGN KEY (space_id) REFERENCES tasks_space (id) ON DELETE CASCADE,
    CONSTRAINT tasks_space_member_role_known CHECK (role IN ('OWNER', 'MEMBER', 'GUEST', 'READER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_folder (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    space_id    BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    archived_at DATETIME(6)      NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_folder_space (space_id, position),
    CONSTRAINT tasks_folder_in_space FOREIGN KEY (space_id) REFERENCES tasks_space (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_list (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    space_id    BIGINT       NOT NULL,
    folder_id   BIGINT           NULL,
    name        VARCHAR(255) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    archived_at DATETIME(6)      NULL COMMENT 'UTC',
    created_by  BIGINT           NULL COMMENT 'NULL once anonymised',
    created_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_list_space (space_id, position),
    KEY tasks_list_folder (folder_id),
    CONSTRAINT tasks_list_in_space FOREIGN KEY (space_id) REFERENCES tasks_space (id) ON DELETE CASCADE,
    CONSTRAINT tasks_list_in_folder FOREIGN KEY (folder_id) REFERENCES tasks_folder (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_status (
    id       BIGINT      NOT NULL AUTO_INCREMENT,
    list_id  BIGINT      NOT NULL,
    name     VARCHAR(60) NOT NULL,
    colour   CHAR(7)     NOT NULL COMMENT '#rrggbb',
    category VARCHAR(6)  NOT NULL COMMENT 'TODO, ACTIVE, DONE or CLOSED',
    position INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY tasks_status_list (list_id, position),
    CONSTRAINT tasks_status_of_list FOREIGN KEY (list_id) REFERENCES tasks_list (id) ON DELETE CASCADE,
    CONSTRAINT tasks_status_category_known CHECK (category IN ('TODO', 'ACTIVE', 'DONE', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_task (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    list_id     BIGINT       NOT NULL,
    parent_id   BIGINT           NULL COMMENT 'the task of a subtask; one level only',
    title       VARCHAR(255) NOT NULL,
    description TEXT         NOT NULL COMMENT 'plain text, escaped by the pages',
    status_id   BIGINT       NOT NULL,
    priority    VARCHAR(6)       NULL COMMENT 'URGENT, HIGH, NORMAL, LOW or NULL',
    start_date  DATE             NULL COMMENT 'Europe/Paris',
    due_date    DATE             NULL COMMENT 'Europe/Paris',
    due_time    TIME             NULL COMMENT 'Europe/Paris, with due_date only',
    position    INT          NOT NULL DEFAULT 0,
    archived_at DATETIME(6)      NULL COMMENT 'UTC',
    created_by  BIGINT           NULL COMMENT 'NULL once anonymised',
    created_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    updated_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    version     INT          NOT NULL DEFAULT 0 COMMENT 'optimistic locking: +1 at each change',
    PRIMARY KEY (id),
    KEY tasks_task_list (list_id, archived_at, status_id, position),
    KEY tasks_task_parent (parent_id, position),
    KEY tasks_task_status (status_id),
    KEY tasks_task_due (due_date),
    KEY tasks_task_created_by (created_by),
    CONSTRAINT tasks_task_in_list FOREIGN KEY (list_id) REFERENCES tasks_list (id) ON DELETE CASCADE,
    CONSTRAINT tasks_task_of_parent FOREIGN KEY (parent_id) REFERENCES tasks_task (id) ON DELETE CASCADE,
    CONSTRAINT tasks_task_in_status FOREIGN KEY (status_id) REFERENCES tasks_status (id),
    CONSTRAINT tasks_task_priority_known CHECK (priority IS NULL OR priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_assignee (
    task_id     BIGINT      NOT NULL,
    member_id   BIGINT      NOT NULL,
    assigned_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (task_id, member_id),
    KEY tasks_assignee_member (member_id),
    CONSTRAINT tasks_assignee_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_watcher (
    task_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, member_id),
    KEY tasks_watcher_member (member_id),
    CONSTRAINT tasks_watcher_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task shared with a member (usually a portal guest) who sees it, its subtasks and may comment.
CREATE TABLE tasks_share (
    task_id   BIGINT      NOT NULL,
    member_id BIGINT      NOT NULL,
    shared_by BIGINT          NULL COMMENT 'NULL once anonymised',
    shared_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (task_id, member_id),
    KEY tasks_share_member (member_id),
    CONSTRAINT tasks_share_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    task_id    BIGINT      NOT NULL,
    author_id  BIGINT          NULL COMMENT 'NULL once anonymised',
    body       TEXT        NOT NULL COMMENT 'plain text as typed, escaped by the pages; emptied when deleted',
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    edited_at  DATETIME(6)     NULL COMMENT 'UTC',
    deleted_at DATETIME(6)     NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY tasks_comment_task (task_id, created_at),
    KEY tasks_comment_author (author_id),
    CONSTRAINT tasks_comment_on_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_history (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    task_id   BIGINT      NOT NULL,
    member_id BIGINT          NULL COMMENT 'who changed it; NULL once anonymised',
    at        DATETIME(6) NOT NULL COMMENT 'UTC',
    field     VARCHAR(40) NOT NULL COMMENT 'title, description, status, priority, startDate, dueDate, dueTime, assignees, list, archived, created, comment.edited, comment.deleted',
    old_value TEXT            NULL,
    new_value TEXT            NULL,
    PRIMARY KEY (id),
    KEY tasks_history_task (task_id, at),
    KEY tasks_history_member (member_id),
    CONSTRAINT tasks_history_of_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tasks_tag (
    task_id BIGINT      NOT NULL,
    tag     VARCHAR(64) NOT NULL,
    PRIMARY KEY (task_id, tag),
    KEY tasks_tag_tag (tag),
    CONSTRAINT tasks_tag_on_task FOREIGN KEY (task_id) REFERENCES tasks_task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
