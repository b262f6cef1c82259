-- Members: created at their first sign-in from the identity token; Keycloak's subject id is the stable key.
CREATE TABLE member (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    subject       VARCHAR(64)  NOT NULL COMMENT 'Keycloak user id (sub claim)',
    username      VARCHAR(255) NOT NULL,
    display_name  VARCHAR(255) NOT NULL,
    email         VARCHAR(320)     NULL,
    language      VARCHAR(8)   NOT NULL DEFAULT 'fr',
    status        VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    last_login_at DATETIME(6)      NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    UNIQUE KEY member_subject (subject),
    KEY member_display_name (display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Global roles, as Keycloak last reported them (the source of truth stays Keycloak).
CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, role),
    KEY member_role_by_role (role),
    CONSTRAINT member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles inside one collective (lead, member); the collectives table arrives with its feature.
CREATE TABLE collective_role (
    member_id     BIGINT      NOT NULL,
    collective_id BIGINT      NOT NULL,
    role          VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, collective_id, role),
    KEY collective_role_by_collective (collective_id),
    CONSTRAINT collective_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only record of admin actions and security events. The application never updates or deletes rows.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    actor_id     BIGINT           NULL COMMENT 'member who acted; NULL for anonymous or system events',
    actor_name   VARCHAR(255) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    object_type  VARCHAR(64)      NULL,
    object_id    VARCHAR(128)     NULL,
    details      TEXT         NOT NULL COMMENT 'JSON object',
    client_ip    VARCHAR(64)      NULL,
    PRIMARY KEY (id),
    KEY audit_entry_time (occurred_at),
    KEY audit_entry_action (action, occurred_at),
    KEY audit_entry_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
