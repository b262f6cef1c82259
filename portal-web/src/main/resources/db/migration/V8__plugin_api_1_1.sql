-- Plugin API 1.1.

-- The plugins a plugin requires, as its descriptor writes them (id>=version, comma-separated):
-- read when another plugin is uninstalled, which is refused while a plugin requiring it is installed.
ALTER TABLE plugin ADD COLUMN requires VARCHAR(500) NOT NULL DEFAULT '' AFTER per_collective;

-- Plugins' scheduled jobs (PluginContext.jobs()): one row per job, shared by every server of the
-- portal. A server runs a job only after taking its lease with one conditional update (due, not
-- leased), so that two servers never run it for the same period.
CREATE TABLE plugin_job (
    plugin_id        VARCHAR(20)   NOT NULL COMMENT 'no foreign key: the row outlives an uninstall and is reused by a reinstall',
    name             VARCHAR(60)   NOT NULL,
    next_run_at      DATETIME(6)   NOT NULL COMMENT 'UTC; due when the database''s clock passes it',
    lease_owner      CHAR(36)          NULL COMMENT 'the server run holding the job, while it runs',
    lease_until      DATETIME(6)       NULL COMMENT 'UTC; a lease past this time was lost with its server',
    last_started_at  DATETIME(6)       NULL,
    last_finished_at DATETIME(6)       NULL,
    last_error       VARCHAR(2000)     NULL COMMENT 'why its last failed run failed, for admins',
    last_failed_at   DATETIME(6)       NULL,
    runs             BIGINT        NOT NULL DEFAULT 0,
    failures         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (plugin_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plugins' notifications (PluginContext.notifications()): lines of the bell beside the portal's
-- own. Their text is written when read, in the reader's language, from the plugin's bundle; one
-- line per member, plugin, kind and page: a new one about the same page while unread counts up.
CREATE TABLE plugin_notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_id   BIGINT        NOT NULL,
    plugin_id   VARCHAR(20)   NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    bundle      VARCHAR(200)  NOT NULL,
    text_key    VARCHAR(200)  NOT NULL,
    arguments   TEXT          NOT NULL COMMENT 'JSON array of strings',
    path        VARCHAR(500)  NOT NULL COMMENT 'relative to the portal''s root',
    times       INT           NOT NULL DEFAULT 1 COMMENT 'how many arrived since the member last read it',
    in_summary  BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'waits for the daily summary e-mail (the member chose it)',
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY plugin_notification_line (member_id, plugin_id, kind, path),
    KEY plugin_notification_unread (member_id, read_at, created_at),
    CONSTRAINT plugin_notification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci ROW_FORMAT = DYNAMIC;

-- How each member wants to hear of each kind of a plugin's notifications; no row: the kind's default.
CREATE TABLE plugin_notification_choice (
    member_id  BIGINT       NOT NULL,
    plugin_id  VARCHAR(20)  NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    delivery   VARCHAR(20)  NOT NULL COMMENT 'BELL, BELL_AND_EMAIL, DAILY_SUMMARY',
    PRIMARY KEY (member_id, plugin_id, kind),
    CONSTRAINT plugin_notification_choice_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plugins' settings (PluginContext.settings()) as admins set them in Admin -> Plugins; a setting
-- without a row has the default the plugin declares.
CREATE TABLE plugin_setting (
    plugin_id   VARCHAR(20)   NOT NULL,
    name        VARCHAR(40)   NOT NULL,
    value       VARCHAR(500)  NOT NULL,
    updated_by  BIGINT        NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (plugin_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plugins that ship with the portal are installed by the portal itself: no member installed them.
ALTER TABLE plugin MODIFY installed_by BIGINT NULL COMMENT 'null: installed by the portal (a bundled plugin)';

-- The bundled plugins the portal has offered, with the version it last installed: a bundled plugin
-- is installed once (an admin who uninstalls it is not overruled at the next start) and upgraded
-- when the portal brings a newer one while it is installed.
CREATE TABLE plugin_bundled (
    plugin_id    VARCHAR(20)  NOT NULL,
    version      VARCHAR(20)  NOT NULL,
    offered_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (plugin_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plugins' outgoing webhooks (PluginContext.webhooks()): an outbox like the mail's, delivered by
-- plugin.webhook.WebhookSender under a lease (for update skip locked), retried with back-off,
-- each delivery's outcome kept for the plugin that queued it.
CREATE TABLE plugin_webhook (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    plugin_id        VARCHAR(20)    NOT NULL,
    url              VARCHAR(2000)  NOT NULL,
    body             MEDIUMTEXT     NOT NULL,
    status           VARCHAR(12)    NOT NULL COMMENT 'QUEUED, DELIVERED, FAILED',
    attempts         INT            NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)        NULL COMMENT 'UTC, while queued',
    lease_owner      CHAR(36)           NULL,
    lease_until      DATETIME(6)        NULL,
    last_status      INT            NOT NULL DEFAULT 0 COMMENT 'HTTP status of the last answer, 0 for none',
    last_error       VARCHAR(1000)      NULL,
    created_at       DATETIME(6)    NOT NULL,
    finished_at      DATETIME(6)        NULL,
    PRIMARY KEY (id),
    KEY plugin_webhook_due (status, next_attempt_at),
    KEY plugin_webhook_plugin (plugin_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
