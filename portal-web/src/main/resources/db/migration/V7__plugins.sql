-- Plugins installed into the portal: one row per plugin id, its jar kept under
-- <portal.storage.dir>/plugins/jars/. Each plugin's own tables are prefixed with its id and have
-- their own migration history (<id>_schema_history), created by the plugin host.

CREATE TABLE plugin (
    id            VARCHAR(20)   NOT NULL COMMENT 'the descriptor''s id, also the prefix of its tables',
    name          VARCHAR(80)   NOT NULL,
    version       VARCHAR(20)   NOT NULL,
    api_version   VARCHAR(10)   NOT NULL,
    per_collective BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN       NOT NULL COMMENT 'chosen by an admin; a failed start leaves it enabled, with the error',
    error         VARCHAR(2000)     NULL COMMENT 'why its last start failed, shown to admins',
    jar_file      VARCHAR(80)   NOT NULL,
    jar_sha256    CHAR(64)      NOT NULL,
    installed_by  BIGINT        NOT NULL,
    installed_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    updated_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    CONSTRAINT plugin_installer FOREIGN KEY (installed_by) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- For plugins that declare per-collective=true: the collectives it is turned on for.
CREATE TABLE plugin_collective (
    plugin_id     VARCHAR(20) NOT NULL,
    collective_id BIGINT      NOT NULL,
    PRIMARY KEY (plugin_id, collective_id),
    CONSTRAINT plugin_collective_plugin FOREIGN KEY (plugin_id) REFERENCES plugin (id) ON DELETE CASCADE,
    CONSTRAINT plugin_collective_collective FOREIGN KEY (collective_id) REFERENCES collective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- E-mails a plugin queued for one member (PluginContext.mail()): kept once here, the outbox row
-- (kind PLUGIN) refers to it, like a mailing.
CREATE TABLE plugin_mail (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    plugin_id  VARCHAR(20)   NOT NULL COMMENT 'no foreign key: a mail outlives an uninstalled plugin',
    plugin_name VARCHAR(80)  NOT NULL COMMENT 'named in the mail''s footer, as it was when queued',
    subject    VARCHAR(200)  NOT NULL,
    body_html  MEDIUMTEXT    NOT NULL COMMENT 'sanitised',
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
