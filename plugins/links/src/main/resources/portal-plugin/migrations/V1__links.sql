-- The organisation's useful links. A link belongs to the organisation, not to who added it:
-- erasing a member only forgets the author (created_by becomes NULL).
CREATE TABLE links_link (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(120)  NOT NULL,
    url         VARCHAR(2000) NOT NULL COMMENT 'absolute http or https address',
    description VARCHAR(500)  NOT NULL DEFAULT '',
    created_by  BIGINT            NULL COMMENT 'member who added it, NULL once anonymised',
    created_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY links_link_created_at (created_at),
    KEY links_link_created_by (created_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
